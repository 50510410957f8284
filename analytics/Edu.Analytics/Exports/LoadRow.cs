using Edu.Reference;

namespace Edu.Analytics.Exports;

/// <summary>One attempt to load a file, as the load history keeps it; <see cref="Kind"/> is the kind's code (SPEC §3), <see cref="KindName"/> what users read.</summary>
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
    bool HasErrorReport)
{
    /// <summary>«ВПР, индивидуальные результаты» for «vpr-individual»; none when the file's kind was not recognised.</summary>
    public string? KindName => Kind is null ? null : InputKinds.NameOf(Kind);
}
