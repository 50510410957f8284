using Edu.Loading.Headers;
using Edu.Reference;

namespace Edu.Loading;

/// <summary>What became of one file.</summary>
public sealed record LoadOutcome(
    string File,
    LoadStatus Status,
    FileKind? Kind,
    int Rows,
    string? Scope,
    IReadOnlyList<LoadProblem> Problems,
    int ProblemCount,
    string? ErrorReportPath,
    long? LoadId)
{
    public static string StatusText(LoadStatus status) => LoadStatuses.Labels.Text(status);

    public string StatusText() => StatusText(Status);
}
