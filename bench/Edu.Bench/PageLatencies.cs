using System.Globalization;

namespace Edu.Bench;

/// <summary>Latencies of page requests made by some clients over some time, sorted, with the failed ones counted.</summary>
internal sealed record PageLatencies(int Clients, TimeSpan Elapsed, IReadOnlyList<double> Milliseconds, int Failures)
{
    public double P50 => WebBench.P(Milliseconds, 0.50);

    public double P95 => WebBench.P(Milliseconds, 0.95);

    public double P99 => WebBench.P(Milliseconds, 0.99);

    public string Format(string what, string? target = null) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: {Clients} clients × {Elapsed.TotalSeconds:0} s → {Milliseconds.Count} requests, {Milliseconds.Count / Elapsed.TotalSeconds:0.0} req/s, failures {Failures}; latency p50 {P50:0} ms, p95 {P95:0} ms, p99 {P99:0} ms{(target is null ? "" : $" ({target})")}");
}
