using System.Globalization;
using Edu.Analytics.Exports;

namespace Edu.Dashboard.Tables;

/// <summary>A filter of a table: a GET parameter whose options are the values it takes among the rows the user may see.</summary>
/// <param name="Key">Query-string key: year, municipality, district, …</param>
/// <param name="Label">Caption of the filter in the form.</param>
/// <param name="Value">The row's value for the filter, as the option text.</param>
public sealed record TableFilter<TRow>(string Key, string Label, Func<TRow, string?> Value)
{
    /// <summary>
    /// For a row that stands for several values (the municipalities a decision concerns, the bodies it charges): the
    /// row passes when any of them is the one asked for, and each is an option. Null for the usual one-value filter.
    /// </summary>
    public Func<TRow, IEnumerable<string>>? Values { get; init; }

    public bool Passes(TRow row, string wanted) =>
        Values is { } many ? many(row).Contains(wanted, StringComparer.Ordinal) : string.Equals(Value(row), wanted, StringComparison.Ordinal);

    /// <summary>The options a row adds to the filter's list.</summary>
    public IEnumerable<string> OptionsOf(TRow row) => Values?.Invoke(row) ?? (Value(row) is { } one ? [one] : []);

    /// <summary>A filter over the several values of each row.</summary>
    public static TableFilter<TRow> Many(string key, string label, Func<TRow, IEnumerable<string>> values) => new(key, label, _ => null) { Values = values };
}

/// <summary>The filters most tables share, with the keys that travel between pages.</summary>
public static class TableFilters
{
    public const string YearKey = "year";
    public const string MunicipalityKey = "municipality";
    public const string DistrictKey = "district";

    public static TableFilter<TRow> Year<TRow>() where TRow : IYearRow => Year<TRow>(r => r.Year);

    public static TableFilter<TRow> Year<TRow>(Func<TRow, int?> year) =>
        new(YearKey, "Год", r => year(r)?.ToString(CultureInfo.InvariantCulture));

    public static TableFilter<TRow> Municipality<TRow>() where TRow : ISchoolRow => Municipality<TRow>(r => r.Municipality);

    public static TableFilter<TRow> Municipality<TRow>(Func<TRow, string?> municipality) => new(MunicipalityKey, "Муниципалитет", municipality);

    public static TableFilter<TRow> District<TRow>() where TRow : ISchoolRow => District<TRow>(r => r.District);

    public static TableFilter<TRow> District<TRow>(Func<TRow, string?> district) => new(DistrictKey, "Образовательный округ", district);
}
