using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Reference;

namespace Edu.Loading.Kinds.Decisions;

/// <summary>
/// Items of the committee's decisions (SPEC §11) with the deadline read from «Срок» and the scope read from
/// «Ответственные». Scope: the document (Документ + Дата документа) — a corrected file restates its items whole.
/// </summary>
public sealed class DecisionsLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(string Document, DateOnly Date, string Item), int> _seen = [];
    private readonly SortedDictionary<(DateOnly Date, string Key), string> _documents = [];
    private int _order;

    public override FileKind Kind => FileKind.Decisions;

    public override string Scope => "документы: " + string.Join("; ", _documents.Select(d =>
        $"«{d.Value}» от {d.Key.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"));

    public override void Row(RowView row)
    {
        var document = row.RequiredText("document");
        var documentKey = document is null ? null : TextNormalizer.Normalize(document);
        var documentDate = row.Required<DateOnly>("document_date", CellParser.Date);
        var item = row.RequiredText("item");
        var content = row.RequiredText("content");
        var deadlineText = row.OptionalText("deadline");
        var deadline = Read(row, "deadline", DeadlineParser.Parse(row.Raw("deadline")));
        var responsible = row.OptionalText("responsible");
        var codes = Read(row, "codes", IndicatorCodeList.Parse(row.OptionalText("codes"))) ?? [];
        var doneDate = row.Optional<DateOnly>("done_date", CellParser.Date);
        var doneNote = row.OptionalText("done_note");
        if (doneDate < documentDate)
            row.Fail("done_date", $"дата исполнения {doneDate:dd.MM.yyyy} раньше даты документа {documentDate:dd.MM.yyyy}");

        if (documentKey is not null && documentDate is not null && item is not null
            && !_seen.TryAdd((documentKey, documentDate.Value, TextNormalizer.Normalize(item)), row.Number))
            row.FailRow($"пункт «{item}» документа «{document}» от {documentDate:dd.MM.yyyy} повторяется: уже был в строке {_seen[(documentKey, documentDate.Value, TextNormalizer.Normalize(item))]}");
        if (row.Failed || !Context.Writing) return;

        var municipalities = Context.Municipalities.MentionedIn(responsible);
        var parties = ResponsibleParties.Default.In(responsible);
        _documents.TryAdd((documentDate!.Value, documentKey!), document!);
        Appender("decisions").CreateRow()
            .AppendValue(document).AppendValue(documentKey).AppendValue(documentDate).AppendValue(item).AppendValue(++_order)
            .AppendValue(content).AppendValue(deadlineText).AppendValue(deadline!.Date).AppendValue(deadline.Recurring)
            .AppendValue(responsible).AppendValue(DecisionScopes.Labels.Text(DecisionScopes.Of(municipalities, parties)))
            .AppendValue(municipalities.Select(m => m.Name).ToList()).AppendValue(parties.ToList()).AppendValue(codes.ToList())
            .AppendValue(doneDate).AppendValue(doneNote).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    private static T? Read<T>(RowView row, string key, ParseResult<T> result) where T : class
    {
        if (result.IsInvalid) row.Fail(key, result.Error!);
        return result.HasValue ? result.Value : null;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("decisions", "document_key", "document_date");
}
