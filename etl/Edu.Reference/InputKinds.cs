using System.Text.Json;

namespace Edu.Reference;

/// <summary>
/// The Russian names of the input kinds («vpr-individual» → «ВПР, индивидуальные результаты»), from the shipped
/// input-kinds.json: the loader names kinds in its messages with them, and every reader of the load history
/// (its export's «Вид», the pages) shows them instead of the stored code.
/// </summary>
public static class InputKinds
{
    private static readonly IReadOnlyDictionary<string, string> Titles = Load();

    /// <summary>Every kind's code with its name, in the order of the file (SPEC §3).</summary>
    public static IReadOnlyDictionary<string, string> All => Titles;

    /// <summary>The name of a kind's code; a code without one means the code and this list disagree.</summary>
    public static string Title(string code) =>
        Titles.TryGetValue(code, out var title) ? title : throw new KeyNotFoundException($"No input kind has the code «{code}» in input-kinds.json.");

    /// <summary>The name of a stored code for readers of the load history: a code this list lacks is shown as it is stored.</summary>
    public static string NameOf(string code) => Titles.GetValueOrDefault(code, code);

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(InputKinds).Assembly.GetManifestResourceStream("Edu.Reference.input-kinds.json")!;
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("kinds").EnumerateObject().ToDictionary(k => k.Name, k => k.Value.GetString()!, StringComparer.Ordinal);
    }
}
