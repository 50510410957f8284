using System.Text;

namespace Edu.Loading.Headers;

/// <summary>
/// The input kinds of SPEC §3, §11, §12 and §13, in the order a batch loads them (reference data first). A kind's code
/// («vpr-individual») is its name in kebab case: the key of its entry in header-aliases.json and what the load
/// history stores.
/// </summary>
public enum FileKind
{
    Schools,
    Context,
    VprIndividual,

    /// <summary>After the individual results, so that a batch checks the codifier's maxima against their task columns.</summary>
    VprTasks,
    VprMarks,
    Oge,
    Ege,
    Coverage,
    Targets,
    IndicatorValues,
    Rosters,
    Decisions,

    /// <summary>After rosters: a batch loads the project's participants before their self-diagnostics.</summary>
    SelfDiagnostics,

    SelfDiagnosticsCriteria,
}

public static class FileKindNames
{
    private static readonly Dictionary<string, FileKind> ByCode = Enum.GetValues<FileKind>().ToDictionary(Code, StringComparer.Ordinal);

    /// <summary>VprIndividual → «vpr-individual».</summary>
    public static string Code(this FileKind kind)
    {
        var name = kind.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) code.Append('-');
            code.Append(char.ToLowerInvariant(name[i]));
        }
        return code.ToString();
    }

    public static FileKind FromCode(string code) =>
        ByCode.TryGetValue(code, out var kind) ? kind : throw new ArgumentException($"No input kind has the code «{code}».", nameof(code));
}
