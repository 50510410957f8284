using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Reference;

namespace Edu.Analytics.Cards;

/// <summary>A magistral direction's points in a school's latest round against the median of the region's schools in that round.</summary>
public sealed record SdDirectionPoints(string Direction, double? Points, double? RegionMedian);

/// <summary>
/// The school card's «Самодиагностика» (SPEC §12): the school's rounds as of a date, its latest round's points per
/// direction against the region's median, and its deficit criteria (0 points) in natural number order.
/// </summary>
public sealed record SchoolSelfDiagnostics(IReadOnlyList<SdRound> Rounds, IReadOnlyList<SdDirectionPoints> Directions, IReadOnlyList<SdCriterionScore> Deficits, bool HasCriteria)
{
    public SdRound? Latest => Rounds.Count == 0 ? null : Rounds[^1];

    /// <summary>The school's figures within the reader's scope; the region's medians are aggregates and name no school.</summary>
    public static SchoolSelfDiagnostics Read(DuckDBConnection connection, ReadScope scope, string login, DateOnly asOf)
    {
        var rounds = SelfDiagnosticsReader.Rounds(connection, asOf, scope.Municipality).Where(r => r.Login == login).OrderBy(r => r.Date).ToList();
        if (rounds.Count == 0) return new SchoolSelfDiagnostics([], [], [], false);
        var latest = rounds[^1].Date;
        var points = SelfDiagnosticsReader.Directions(connection, latest).Where(d => d.Date == latest).ToList();
        var own = points.Where(d => d.Login == login).ToDictionary(d => d.Direction, d => d.Points);
        var directions = MagistralDirections.All
            .Select(direction => (direction, region: points.Where(d => d.Direction == direction).Select(d => d.Points).ToList()))
            .Where(x => x.region.Count > 0)
            .Select(x => new SdDirectionPoints(x.direction, own.TryGetValue(x.direction, out var p) ? p : null, Percentile.Inc(x.region, 0.5)))
            .ToList();
        var criteria = SelfDiagnosticsReader.Criteria(connection, latest, scope.Municipality).Where(c => c.Login == login && c.Date == latest).ToList();
        var deficits = criteria.Where(c => c.IsDeficit).OrderBy(c => c.Number, CriterionNumbers.Order).ToList();
        return new SchoolSelfDiagnostics(rounds, directions, deficits, criteria.Count > 0);
    }
}
