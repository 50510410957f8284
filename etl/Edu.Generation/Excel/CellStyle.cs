namespace Edu.Generation.Excel;

/// <summary>The few cell formats our writers need; the numbers are the xf indexes in styles.xml.</summary>
public enum CellStyle
{
    Default = 0,
    Bold = 1,
    Date = 2,
    Percent = 3,
    Header = 4,
}
