using System.Globalization;
using System.Text.Json;

namespace Edu.Bench;

/// <summary>One measured run, printed by a child process as one JSON line so the parent can tabulate it.</summary>
internal sealed record Measurement(string Name, double Seconds, long Rows, long Bytes, long PeakBytes)
{
    public double RowsPerSecond => Rows / Seconds;

    public double MegabytesPerSecond => Bytes / 1024.0 / 1024.0 / Seconds;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static Measurement FromJson(string json) => JsonSerializer.Deserialize<Measurement>(json)!;

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-38} {Seconds,8:0.00} s {RowsPerSecond,12:N0} rows/s {MegabytesPerSecond,8:0.00} MB/s   peak {PeakBytes / 1024.0 / 1024.0,7:0} MB");
}
