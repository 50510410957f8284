using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Status of each target in each scope it applies to, as of a date.</summary>
public static class Attainment
{
    // Slack for floating-point noise in computed values and projections, not a threshold.
    private const double Rounding = 1e-9;

    /// <summary>Targets with an empty municipality apply to every municipality and to the region.</summary>
    public static IReadOnlyList<TargetStatus> Compute(
        IReadOnlyList<Target> targets,
        IReadOnlyList<IndicatorValue> values,
        IReadOnlyCollection<string> municipalities,
        DateOnly asOf,
        AnalyticsOptions options)
    {
        var series = values
            .GroupBy(v => (v.Code, v.Municipality))
            .ToDictionary(g => g.Key, g => g.Select(v => (v.Date, v.Value)).OrderBy(p => p.Date).ToList());
        var everywhere = municipalities.Where(m => m != Labels.Region).Distinct().Order(StringComparer.Ordinal).Append(Labels.Region).ToList();

        return targets
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Municipality) ? everywhere : [t.Municipality.Trim()])
                .Select(scope => Evaluate(t, scope, series.GetValueOrDefault((t.IndicatorCode, scope)) ?? [], asOf, options)))
            .OrderBy(s => s.Target.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(s => s.Municipality == Labels.Region ? 1 : 0)
            .ThenBy(s => s.Municipality, StringComparer.Ordinal)
            .ThenBy(s => s.Target.Deadline)
            .ToList();
    }

    /// <summary>
    /// «достигнут» if the latest value dated ≤ min(D, as-of) meets the target; else «не достигнут» if
    /// D ≤ as-of; else «в срок» if the line through the last up-to-3 such values meets it at D; else «риск».
    /// </summary>
    public static TargetStatus Evaluate(
        Target target,
        string scope,
        IReadOnlyList<(DateOnly Date, double Value)> series,
        DateOnly asOf,
        AnalyticsOptions options)
    {
        var cutoff = target.Deadline < asOf ? target.Deadline : asOf;
        var known = series.Where(p => p.Date <= cutoff).OrderBy(p => p.Date).ToList();
        if (known.Count == 0)
        {
            return new TargetStatus(target, scope, null, null, null, AttainmentStatus.NoData);
        }

        var latest = known[^1];
        var projection = Trend.Project(known.TakeLast(options.ProjectionPoints).ToList(), target.Deadline);
        var status = Meets(target, latest.Value) ? AttainmentStatus.Achieved
            : target.Deadline <= asOf ? AttainmentStatus.NotAchieved
            : Meets(target, projection) ? AttainmentStatus.OnTrack
            : AttainmentStatus.AtRisk;
        return new TargetStatus(target, scope, latest.Value, latest.Date, projection, status);
    }

    public static bool Meets(Target target, double value) => target.Condition switch
    {
        TargetCondition.AtLeast => value >= target.TargetValue - Rounding,
        TargetCondition.AtMost => value <= target.TargetValue + Rounding,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
