using System.Text.Json;

namespace Edu.Generation.Committee;

/// <summary>
/// The items of the committee's five decisions (../shared/seeds), transcribed in committee-decisions.json: the
/// documents' words, with notes where the file departs from them. The same for any region: decisions are not synthetic.
/// </summary>
internal static class CommitteeDecisions
{
    private static readonly Lazy<IReadOnlyList<DecisionDocument>> Loaded = new(Load);

    public static IReadOnlyList<DecisionDocument> Documents => Loaded.Value;

    private static IReadOnlyList<DecisionDocument> Load()
    {
        using var stream = typeof(CommitteeDecisions).Assembly.GetManifestResourceStream("Edu.Generation.Committee.committee-decisions.json")!;
        return JsonSerializer.Deserialize<DecisionsFileModel>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Documents;
    }

    private sealed record DecisionsFileModel(IReadOnlyList<DecisionDocument> Documents);
}

/// <summary>One document: its name, its date (or a stated assumption where it has none) and its items.</summary>
internal sealed record DecisionDocument(
    string Document,
    DateOnly Date,
    string? DateNote,
    string Source,
    IReadOnlyList<DecisionEntry> Items);

/// <summary>One item as the document writes it; <see cref="Codes"/> and <see cref="Done"/> are the file's additions.</summary>
internal sealed record DecisionEntry(
    string Item,
    string Content,
    string Deadline,
    string Responsible,
    string? Codes,
    DateOnly? Done,
    string? DoneNote,
    string? Note);
