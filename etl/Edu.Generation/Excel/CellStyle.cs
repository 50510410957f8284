namespace Edu.Generation.Excel;

/// <summary>The few cell formats the generator needs (<see cref="XlsxWriter"/> maps each to a style; CSV writes percents as «45,3%»).</summary>
public enum CellStyle
{
    Default = 0,
    Bold = 1,
    Date = 2,
    Percent = 3,
    Header = 4,
}
