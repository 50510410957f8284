using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Reference;

namespace Edu.Analytics.Charts;

/// <summary>How many schools of a municipality (or the region) stand at each self-diagnostics level, lowest level first.</summary>
public sealed record SdLevelCount(string Municipality, IReadOnlyList<int> Schools)
{
    public int Total => Schools.Sum();

    public int Of(SelfDiagnosticsLevel level) => Schools[(int)level];
}

/// <summary>
/// «Уровни самодиагностики»: the latest level of each school as of a date, counted per municipality in the scope, with
/// the region's total for a region-wide reader (SPEC §12). Read through the «self-diagnostics» read model, so the chart
/// and the list count the same schools.
/// </summary>
public static class SdLevelCounts
{
    public static List<SdLevelCount> Query(DuckDBConnection connection, ReadScope scope, DateOnly asOf, ProjectOptions projects) =>
        Of(new SelfDiagnosticsExport(asOf, projects).Rows(connection, new ExportFilter(Municipality: scope.Municipality)), scope.Municipality is null);

    public static List<SdLevelCount> Of(IEnumerable<SelfDiagnosticsRow> rows, bool withRegion)
    {
        var list = rows.ToList();
        var counts = list.GroupBy(r => r.Municipality ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g))
            .ToList();
        if (withRegion && list.Count > 0) counts.Add(Count(Model.Labels.Region, list));
        return counts;
    }

    private static SdLevelCount Count(string municipality, IEnumerable<SelfDiagnosticsRow> rows)
    {
        var schools = new int[Enum.GetValues<SelfDiagnosticsLevel>().Length];
        foreach (var row in rows) schools[(int)row.Level]++;
        return new SdLevelCount(municipality, schools);
    }
}
