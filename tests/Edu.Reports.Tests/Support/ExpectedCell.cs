using System.Globalization;
using Edu.Spreadsheets;

namespace Edu.Reports.Tests.Support;

/// <summary>What an export value must look like when read back from an .xlsx cell.</summary>
public static class ExpectedCell
{
    /// <summary>
    /// Text as text, yes/no as «да»/«нет», dates as DateTime, every number as double; null stays empty. A moment (stored
    /// in UTC) reads back as the region's time, as the page shows it.
    /// </summary>
    public static object? From(object? value, IColumn column) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "да" : "нет",
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime t when column.Type == ColumnType.DateTime => SampleRegion.Clock.Local(t),
        DateTime t => t,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
