using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Reference;
using Edu.Storage;

namespace Edu.Loading.Kinds.SelfDiagnostics;

/// <summary>
/// «Школа Минпросвещения России» self-diagnostics, one row per school × round (SPEC §12): the level in any usual form
/// («Базовый уровень», «ниже базового уровня»), the total points and, optionally, one column per magistral direction
/// with its points — a column is a direction's when its caption names one in any usual form («Знание», «Знание,
/// баллы», «Баллы по направлениям» over «Знание»). Scope: the round date — a corrected file restates its rounds.
/// </summary>
public sealed class SelfDiagnosticsLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(DateOnly, string), int> _seen = [];
    private readonly SortedSet<DateOnly> _rounds = [];
    private List<(int Index, string Direction)> _directions = [];

    public override FileKind Kind => FileKind.SelfDiagnostics;

    public override string Scope => "самодиагностика: " + string.Join(", ", _rounds.Select(RoundDates.Format));

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        var known = layout.Columns.Values.ToHashSet();
        _directions = layout.HeaderText
            .Where(h => !known.Contains(h.Key))
            .Select(h => (h.Key, Direction: MagistralDirections.FindInCaption(h.Value)))
            .Where(h => h.Direction is not null)
            .Select(h => (h.Key, h.Direction!))
            .OrderBy(h => h.Key)
            .ToList();
        foreach (var repeated in _directions.GroupBy(d => d.Direction).Where(g => g.Count() > 1))
        {
            var first = repeated.First().Index;
            foreach (var (index, _) in repeated.Skip(1))
            {
                sheet.Problems.Add(new LoadProblem(sheet.FileName, sheet.SheetName, layout.HeaderRow, layout.Describe(index),
                    $"направление «{repeated.Key}» повторяется: его баллы уже в столбце {layout.Describe(first)}"));
            }
        }
    }

    public override void Row(RowView row)
    {
        var date = row.Required<DateOnly>("date", CellParser.Date);
        var login = row.RequiredText("login", CellParser.Login);
        if (login is not null && Context.Schools.ByLogin(login) is null) row.Fail("login", Context.UnknownSchool(login));
        var level = Level(row);
        var total = row.Required<double>("total", CellParser.Number);
        SelfDiagnosticsPoints.NotNegative(row, "total", total);
        var directions = new List<(string Direction, double Points)>(_directions.Count);
        foreach (var (index, direction) in _directions)
        {
            var points = CellParser.Number(row.RawAt(index));
            if (points.IsInvalid) row.FailAt(index, points.Error!);
            else if (points.HasValue && points.Value < 0) row.FailAt(index, SelfDiagnosticsPoints.Negative(points.Value));
            else if (points.HasValue) directions.Add((direction, points.Value));
        }

        if (date is not null && login is not null && !_seen.TryAdd((date.Value, login), row.Number))
            row.FailRow($"ОО {login} в самодиагностике от {RoundDates.Format(date.Value)} повторяется: уже была в строке {_seen[(date.Value, login)]}");
        if (row.Failed || !Context.Writing) return;

        _rounds.Add(date!.Value);
        Appender("self_diagnostics").CreateRow()
            .AppendValue(date.Value).AppendValue(login).AppendValue(SelfDiagnosticsLevels.Labels.Text(level!.Value)).AppendValue(total)
            .AppendValue(Context.LoadId).EndRow();
        foreach (var (direction, points) in directions)
        {
            Appender("self_diagnostics_directions").CreateRow()
                .AppendValue(date.Value).AppendValue(login).AppendValue(direction).AppendValue(points).AppendValue(Context.LoadId).EndRow();
        }
        Rows++;
    }

    private static SelfDiagnosticsLevel? Level(RowView row)
    {
        var text = row.RequiredText("level");
        if (text is null) return null;
        var level = SelfDiagnosticsLevels.Find(text);
        if (level is null) row.Fail("level", $"уровень «{CellParser.Shorten(text)}» не распознан; ожидался один из: {SelfDiagnosticsLevels.Describe()}");
        return level;
    }

    // A round restated drops every direction of the earlier rows, also those the corrected file no longer gives.
    public override void ReplaceSuperseded()
    {
        Context.Connection.Execute(
            "DELETE FROM self_diagnostics_directions WHERE load_id <> $p0 AND round_date IN (SELECT round_date FROM self_diagnostics WHERE load_id = $p0)",
            Context.LoadId);
        DeleteSuperseded("self_diagnostics", "round_date");
    }
}
