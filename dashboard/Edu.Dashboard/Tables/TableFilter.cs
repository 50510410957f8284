using System.Globalization;
using Edu.Analytics.Exports;

namespace Edu.Dashboard.Tables;

/// <summary>A filter of a table: a GET parameter whose options are the values it takes among the rows the user may see.</summary>
/// <param name="Key">Query-string key: year, municipality, district, …</param>
/// <param name="Label">Caption of the filter in the form.</param>
/// <param name="Value">The row's value for the filter, as the option text.</param>
public sealed record TableFilter<TRow>(string Key, string Label, Func<TRow, string?> Value);

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
