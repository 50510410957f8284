using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Cards;

/// <summary>
/// «Сводка»: the analytics of the latest computed year in the reader's scope, and the targets as of a date — statuses
/// counted, ШНОР and группа риска against the year before, the objectivity level, and the municipalities furthest from
/// their targets. Counts are the exports' rows, so the summary and the lists agree.
/// </summary>
public sealed record Overview(
    int? Year,
    DateOnly AsOf,
    IReadOnlyDictionary<AttainmentStatus, int> Targets,
    int Shnor,
    int? ShnorBefore,
    int RiskGroup,
    int? RiskGroupBefore,
    ObjectivityLevelRow? Objectivity,
    IReadOnlyList<TargetGap> Furthest)
{
    /// <summary>How many municipalities <see cref="Furthest"/> lists at most.</summary>
    public const int FurthestCount = 5;

    public int TargetCount => Targets.Values.Sum();

    public static Overview Read(DuckDBConnection connection, ReadScope scope, DateOnly asOf, AnalyticsOptions options)
    {
        var year = connection.Rows("SELECT max(year) FROM result_index WHERE $p0 IS NULL OR municipality = $p0", r => r.NullableInt(0), scope.Municipality).Single();
        var targets = new IndicatorsExport(asOf, options).Rows(connection, new ExportFilter(null, scope.Municipality));
        var shnor = year is { } y ? new ShnorExport().Rows(connection, new ExportFilter(null, scope.Municipality)).Where(r => r.Year >= y - 1).ToList() : [];
        int? before = year is { } latest && HasYear(connection, latest - 1) ? latest - 1 : null;
        int Count(int? inYear, ShnorStatus status) => shnor.Count(r => r.Year == inYear && r.Status == status);
        return new Overview(
            year,
            asOf,
            Enum.GetValues<AttainmentStatus>().ToDictionary(s => s, s => targets.Count(t => t.Status == s)),
            Count(year, ShnorStatus.Shnor),
            before is null ? null : Count(before, ShnorStatus.Shnor),
            Count(year, ShnorStatus.RiskGroup),
            before is null ? null : Count(before, ShnorStatus.RiskGroup),
            year is null ? null : ObjectivityLevelRow.Read(connection, scope, null, scope.Municipality ?? Labels.Region).FirstOrDefault(),
            TargetGap.Furthest(targets, asOf).Take(FurthestCount).ToList());
    }

    // A year before the latest counts only when it was computed: «0 ШНОР» of a year without data would be a false change.
    private static bool HasYear(DuckDBConnection connection, int year) =>
        connection.Scalar<long>("SELECT count(*) FROM result_index WHERE year = $p0", year) > 0;
}
