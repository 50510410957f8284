namespace Edu.Loading.Reading;

/// <summary>
/// Guards against files that would exhaust the machine: oversized uploads, zip bombs, and files whose reading would
/// take longer or hold more memory than one file may (a bound per file, so one file cannot stall every other load).
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an .xlsx package, in bytes.</summary>
    public long MaxUncompressedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest uncompressed/compressed ratio of one package entry; real sheets stay far below it.</summary>
    public double MaxCompressionRatio { get; init; } = 250;

    /// <summary>
    /// Whether every package part is inflated to count its real size (<see cref="PackageInflation"/>). Off only for a
    /// peek at a file's first rows: the reader stops at the declared sizes, and the load checks the file in full.
    /// </summary>
    public bool CountInflatedBytes { get; init; } = true;

    /// <summary>Longest a file's load may take, reading to commit; a longer one is stopped and refused.</summary>
    public TimeSpan MaxLoadTime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Most memory (managed heap) a file's load may add, in bytes; more stops and refuses it.</summary>
    public long MaxMemoryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();
}
