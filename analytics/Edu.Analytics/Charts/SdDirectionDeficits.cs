using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Reference;

namespace Edu.Analytics.Charts;

/// <summary>A magistral direction's deficits in one round and place: criteria with 0 points, summed over the schools.</summary>
public sealed record SdDirectionDeficit(string Direction, int Deficits);

/// <summary>
/// «Дефициты по направлениям»: in the latest round ≤ the as-of date, per magistral direction (federal order) the number of
/// school × criterion deficits in a place — the reader's municipality, or the region for a region-wide reader — from the
/// «sd-deficits» read model (SPEC §12).
/// </summary>
public static class SdDirectionDeficits
{
    public static (DateOnly? Round, List<SdDirectionDeficit> Directions) Query(DuckDBConnection connection, ReadScope scope, DateOnly asOf) =>
        Of(new SdDeficitsExport(asOf).Rows(connection, new ExportFilter(Municipality: scope.Municipality)), scope.Municipality ?? Model.Labels.Region);

    public static (DateOnly? Round, List<SdDirectionDeficit> Directions) Of(IEnumerable<SdDeficitRow> rows, string place)
    {
        var own = rows.Where(r => r.Municipality == place).ToList();
        if (own.Count == 0) return (null, []);
        var round = own.Max(r => r.RoundDate);
        var byDirection = own.Where(r => r.RoundDate == round).GroupBy(r => r.Direction).ToDictionary(g => g.Key, g => g.Sum(r => r.Schools));
        return (round, MagistralDirections.All.Select(d => new SdDirectionDeficit(d, byDirection.GetValueOrDefault(d))).ToList());
    }
}
