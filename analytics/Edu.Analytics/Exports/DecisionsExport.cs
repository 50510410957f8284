using System.Globalization;
using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Reference;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «decisions» (SPEC §11): one row per item × (indicator × scope), or one row for an item with no indicators, with the
/// item's status and «did it work» as of a date. A municipality filter keeps that municipality's items and those of
/// every municipality — never regional ones or another municipality's — and of their figures only its own. The year
/// filter keeps items whose deadline falls in it (recurring and undated items have none). The latest documents come
/// first, their items in the order the file lists them.
/// </summary>
public sealed class DecisionsExport(DateOnly asOf, AnalyticsOptions options) : Export<DecisionRow>
{
    public const string TableName = "decisions";

    private static readonly StringComparer Russian = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    public override string Name => TableName;

    public override string Title => "Решения";

    public override ColumnMap<DecisionRow> Columns => Map;

    private static ColumnMap<DecisionRow> Map { get; } = new ColumnMap<DecisionRow>()
        .Text("document", "Документ", r => r.Document)
        .Date("document_date", "Дата документа", r => r.DocumentDate)
        .Text("item", "Пункт", r => r.Item)
        .Text("content", "Содержание", r => r.Content)
        .Text("deadline_text", "Срок", r => r.DeadlineText)
        .Date("deadline", "Срок (дата)", r => r.Deadline)
        .Text("responsible", "Ответственные", r => r.Responsible)
        .Label("status", "Статус", Labels.ExecutionStatuses, r => r.Status)
        .Date("done_date", "Дата исполнения", r => r.DoneDate)
        .YesNo("on_time", "Исполнено в срок", r => r.OnTime)
        .Text("code", "Код показателя", r => r.Code)
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => r.Municipality == Labels.Region ? null : EntityRef.Municipality(r.Municipality))
        .Number("before", "Значение до решения", r => r.Before, "0.0##")
        .Number("now", "Значение на дату", r => r.Now, "0.0##")
        .Number("change", "Изменение", r => r.Change, "+0.0##;-0.0##;0")
        .Label("target_status", "Статус цели", Labels.AttainmentStatuses, r => r.TargetStatus)
        .Date("before_date", "Дата значения до решения", r => r.BeforeDate)
        .Date("now_date", "Дата значения на дату", r => r.NowDate)
        .Label("target_condition", "Условие", Labels.Conditions, r => r.TargetCondition)
        .Number("target", "Целевое значение", r => r.TargetValue, "0.0##")
        .Date("target_deadline", "Срок цели", r => r.TargetDeadline)
        .Label("scope", "Уровень", DecisionScopes.Labels, r => r.Scope)
        .Text("done_note", "Отметка об исполнении", r => r.DoneNote)
        .Date("as_of", "Статус на дату", r => r.AsOf);

    private const string ItemsSql = """
        SELECT document, document_date, item, item_order, content, deadline_text, deadline, recurring, responsible,
               scope, municipalities, parties, indicator_codes, done_date, done_note
        FROM decisions
        WHERE ($p0 IS NULL OR year(deadline) = $p0)
          AND ($p1 IS NULL OR scope = $p2 OR list_contains(municipalities, $p1))
        ORDER BY document_date DESC, document, item_order
        """;

    public override IReadOnlyList<DecisionRow> Rows(DuckDBConnection connection, ExportFilter filter)
    {
        var items = Items(connection, filter);
        if (items.Count == 0) return [];
        var series = TargetStatusReader.Values(connection, filter.Municipality)
            .GroupBy(v => (v.Code, v.Municipality))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorValue>)[.. g.OrderBy(v => v.Date)]);
        var targets = TargetStatusReader.Targets(connection, null, filter.Municipality);
        var every = TargetStatusReader.EveryMunicipality(connection).Order(Russian).ToList();
        return [.. items.SelectMany(item => RowsOf(item, series, targets, every, filter.Municipality))];
    }

    private static List<DecisionItem> Items(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(ItemsSql, r => new DecisionItem(
            r.GetString(0),
            DateOnly.FromDateTime(r.GetDateTime(1)),
            r.GetString(2),
            r.GetInt32(3),
            r.GetString(4),
            r.NullableString(5),
            r.IsDBNull(6) ? null : DateOnly.FromDateTime(r.GetDateTime(6)),
            r.GetBoolean(7),
            r.NullableString(8),
            DecisionScopes.Labels.Parse(r.GetString(9)),
            r.GetFieldValue<List<string>>(10),
            r.GetFieldValue<List<string>>(11),
            r.GetFieldValue<List<string>>(12),
            r.IsDBNull(13) ? null : DateOnly.FromDateTime(r.GetDateTime(13)),
            r.NullableString(14)), filter.Year, filter.Municipality, DecisionScopes.Labels.Text(DecisionScope.AllMunicipalities));

    private IEnumerable<DecisionRow> RowsOf(
        DecisionItem item,
        IReadOnlyDictionary<(string, string), IReadOnlyList<IndicatorValue>> series,
        IReadOnlyList<Target> targets,
        IReadOnlyList<string> every,
        string? only)
    {
        var status = Execution.Status(item, asOf);
        var onTime = Execution.OnTime(item, asOf);
        DecisionRow Row(DecisionFigure? f, IReadOnlyList<string> concerns) => new(
            item.Document, item.DocumentDate, item.Item, item.Order, item.Content, item.DeadlineText, item.Deadline, item.Responsible,
            status, item.DoneDate, onTime, f?.Code, f?.Scope, f?.Before?.Value, f?.Before?.Date, f?.Now?.Value, f?.Now?.Date, f?.Change,
            f?.Target?.Status, f?.Target?.Target.Condition, f?.Target?.Target.TargetValue, f?.Target?.Target.Deadline, item.Scope, item.Parties,
            item.DoneNote, asOf, concerns);

        if (item.IndicatorCodes.Count == 0)
        {
            // An item's own municipalities, every municipality, or none (regional): whom the row concerns.
            IReadOnlyList<string> concerns = only is not null ? [only]
                : item.Scope == DecisionScope.AllMunicipalities ? every
                : item.Municipalities;
            yield return Row(null, concerns);
            yield break;
        }

        var scopes = DecisionEffect.Scopes(item, every, only);
        foreach (var code in item.IndicatorCodes)
        {
            foreach (var scope in scopes)
                yield return Row(DecisionEffect.Compute(item, code, scope, series, targets, asOf, options), scope == Labels.Region ? [] : [scope]);
        }
    }
}
