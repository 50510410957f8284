using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Targets;

/// <summary>
/// Target values of indicators with deadlines. Empty «Муниципалитет» means every municipality and
/// the region. Scope: the indicator codes present — a new file restates an indicator's targets whole.
/// </summary>
public sealed class TargetsLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(string, string?, DateOnly), int> _seen = [];
    private readonly SortedSet<string> _codes = new(StringComparer.Ordinal);

    public override FileKind Kind => FileKind.Targets;

    public override string Scope => "показатели: " + string.Join(", ", _codes);

    public override void Row(RowView row)
    {
        var code = row.RequiredText("code")?.ToUpperInvariant();
        var name = row.RequiredText("name");
        var municipalityText = row.OptionalText("municipality");
        var municipality = municipalityText is null ? null : Context.Municipalities.Find(municipalityText);
        var isRegion = Context.Municipalities.IsRegion(municipalityText);
        if (municipalityText is not null && municipality is null && !isRegion) row.Fail("municipality", Context.UnknownMunicipality(municipalityText));
        var scope = isRegion ? Context.Municipalities.Region : municipality?.Name;
        var deadline = row.Required<DateOnly>("deadline", CellParser.Date);
        var value = row.Required<double>("value", v => CellParser.Percent(v, null) is { HasValue: true } p ? p.Value.Value : CellParser.Number(v));
        row.InRange("value", value, 0, 1_000_000, "целевое значение");
        var conditionText = row.RequiredText("condition");
        bool? atLeast = conditionText is null ? null : ConditionParser.AtLeast(conditionText);
        if (conditionText is not null && atLeast is null) row.Fail("condition", $"условие «{conditionText}» не распознано; ожидалось «не менее» или «не более»");

        if (code is not null && deadline is not null && !_seen.TryAdd((code, scope, deadline.Value), row.Number))
            row.FailRow($"показатель {code} для «{scope ?? "всех"}» со сроком {deadline:dd.MM.yyyy} повторяется: уже был в строке {_seen[(code, scope, deadline.Value)]}");
        if (row.Failed || !Context.Writing) return;

        _codes.Add(code!);
        Appender("targets").CreateRow()
            .AppendValue(code).AppendValue(name).AppendValue(scope).AppendValue(deadline).AppendValue(value).AppendValue(atLeast)
            .AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("targets", "indicator_code");
}
