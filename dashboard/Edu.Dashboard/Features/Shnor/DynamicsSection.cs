using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>
/// «Динамика» (SPEC §13): whether the schools listed in the previous year left the ШНОР list — SHNOR_EXIT per
/// municipality as a chart, how many schools left, entered and stayed, and the transitions table. Shown on the ШНОР page
/// and, with every filter, sort and page, at «/shnor/dynamics».
/// </summary>
public sealed record DynamicsSection(int? Year, IReadOnlyList<(ShnorChange Change, int Schools)> Changes, TableView Table)
{
    public const string PagePath = "/shnor/dynamics";

    /// <summary>The section of a year (the latest with dynamics when that one has none) for the ШНОР page, whose table links lead to the full page.</summary>
    public static DynamicsSection ForShnorPage(TableReader reader, UserScope scope, DataVersion version, string? year, string? municipality)
    {
        var source = reader.Get<ShnorDynamicsTable>();
        var rows = reader.Rows(source, version, scope);
        var years = rows.Rows.Select(r => r.Year).ToHashSet();
        int? shown = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y) ? y : years.Count > 0 ? years.Max() : null;
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (shown is { } value) filters[TableFilters.YearKey] = value.ToString(CultureInfo.InvariantCulture);
        if (municipality is not null) filters[TableFilters.MunicipalityKey] = municipality;
        var request = new TableRequest(filters, null, false, 1);
        return Of(shown, rows.Applied(source.Filters, source.Columns, request), reader.View(source, rows, request, PagePath));
    }

    public static DynamicsSection Of(int? year, IEnumerable<ShnorDynamicsRow> shown, TableView table) =>
        new(year, shown.GroupBy(r => r.Change).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList(), table);
}
