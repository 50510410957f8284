using System.Globalization;
using System.Text.Json;

namespace Edu.Bench;

/// <summary>One recompute measured in a child process, printed as one JSON line.</summary>
internal sealed record RecomputeMeasurement(
    int Schools,
    long IndividualWorks,
    double ReadSeconds,
    double EngineSeconds,
    double SaveSeconds,
    double TotalSeconds,
    long PeakBytes,
    IReadOnlyList<RecomputeStep> Steps)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static RecomputeMeasurement FromJson(string json) => JsonSerializer.Deserialize<RecomputeMeasurement>(json)!;

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Schools,7:N0} schools × 3 years, {IndividualWorks,11:N0} individual works: read {ReadSeconds,6:0.00} s, engine {EngineSeconds,6:0.00} s, save {SaveSeconds,5:0.00} s, total {TotalSeconds,6:0.00} s, peak {PeakBytes / 1024.0 / 1024.0,6:0} MB");

    /// <summary>One line per step of the recompute, slowest first.</summary>
    public IEnumerable<string> FormatSteps() =>
        Steps.OrderByDescending(s => s.Seconds)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"    {s.Seconds,7:0.00} s  {s.Name}"));
}

/// <summary>How long one named step of the measured recompute took.</summary>
internal sealed record RecomputeStep(string Name, double Seconds);
