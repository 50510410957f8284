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

    /// <summary>
    /// Whether a page without this filter shows the latest of its values (the assessment year: lists of several years
    /// mixed mislead), rather than every row; «все» (<see cref="TableFilters.All"/>) asks for every row.
    /// </summary>
    public bool DefaultsToLatest { get; init; }

    /// <summary>
    /// The read model's column this filter narrows in the query, for tables read per request
    /// (<see cref="DashboardTable.FiltersInQuery"/>); those tables' filters all name one.
    /// </summary>
    public string? Column { get; init; }

    /// <summary>The column's value for an option's text (the query's parameter); null matches no row.</summary>
    public Func<string, object?> ToColumn { get; init; } = text => text;

    /// <summary>An option's text for a value of the column: what <see cref="Value"/> gives for a row holding it.</summary>
    public Func<object, string> FromColumn { get; init; } = value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

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

    /// <summary>The value of a filter that asks for every row (the «Все» option where a filter has a default).</summary>
    public const string All = "все";

    /// <summary>The keys that carry from page to page in the query string: what the user chose stays chosen.</summary>
    public static IReadOnlyList<string> Carried { get; } = [YearKey, MunicipalityKey, DistrictKey];

    /// <summary>The assessment year, the latest one unless the request chooses.</summary>
    public static TableFilter<TRow> Year<TRow>() where TRow : IYearRow => Year<TRow>(r => r.Year) with { DefaultsToLatest = true };

    public static TableFilter<TRow> Year<TRow>(Func<TRow, int?> year) =>
        new(YearKey, "Год", r => year(r)?.ToString(CultureInfo.InvariantCulture))
        {
            Column = "year",
            ToColumn = text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
        };

    public static TableFilter<TRow> Municipality<TRow>() where TRow : ISchoolRow => Municipality<TRow>(r => r.Municipality);

    public static TableFilter<TRow> Municipality<TRow>(Func<TRow, string?> municipality) => new(MunicipalityKey, "Муниципалитет", municipality) { Column = "municipality" };

    public static TableFilter<TRow> District<TRow>() where TRow : ISchoolRow => District<TRow>(r => r.District);

    public static TableFilter<TRow> District<TRow>(Func<TRow, string?> district) => new(DistrictKey, "Образовательный округ", district) { Column = "district" };
}
