using Edu.Reference;

namespace Edu.Analytics.Exports;

/// <summary>One attempt to load a file, as the load history keeps it; <see cref="Kind"/> is the kind's code (SPEC §3).</summary>
public sealed record LoadRow(
    long LoadId,
    DateTime LoadedAt,
    string FileName,
    string? Kind,
    string Hash,
    string? Scope,
    int RowCount,
    LoadStatus Outcome,
    int ErrorCount,
    string User,
    bool HasErrorReport);
