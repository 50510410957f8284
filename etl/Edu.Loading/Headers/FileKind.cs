namespace Edu.Loading.Headers;

/// <summary>The input kinds of SPEC §3, in the order a batch loads them (reference data first).</summary>
public enum FileKind
{
    Schools,
    Context,
    VprIndividual,
    VprMarks,
    Oge,
    Ege,
    Coverage,
    Targets,
}

public static class FileKindNames
{
    private static readonly Dictionary<FileKind, string> Codes = new()
    {
        [FileKind.Schools] = "schools",
        [FileKind.Context] = "context",
        [FileKind.VprIndividual] = "vpr-individual",
        [FileKind.VprMarks] = "vpr-marks",
        [FileKind.Oge] = "oge",
        [FileKind.Ege] = "ege",
        [FileKind.Coverage] = "coverage",
        [FileKind.Targets] = "targets",
    };

    public static string Code(this FileKind kind) => Codes[kind];

    public static FileKind FromCode(string code) => Codes.Single(p => p.Value == code).Key;
}
