using Edu.Loading.Headers;

namespace Edu.Loading;

public enum LoadStatus
{
    Loaded,
    Rejected,
    AlreadyLoaded,
}

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
    public static string StatusText(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "загружен",
        LoadStatus.Rejected => "отклонён",
        _ => "уже загружен",
    };

    public string StatusText() => StatusText(Status);
}
