using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Kinds.SelfDiagnostics;
using Edu.Loading.Parsing;
using Edu.Reference;

namespace Edu.Loading.Kinds.SelfDiagnosticsCriteria;

/// <summary>
/// The self-diagnostics by criterion, one row per school × round × criterion (SPEC §12): the magistral direction in any
/// usual form, the criterion's number and text, its points (0 is a deficit) and, when the file gives it, its maximum,
/// which the points may not exceed. Scope: the round date.
/// </summary>
public sealed class SelfDiagnosticsCriteriaLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(DateOnly, string, string), int> _seen = [];
    private readonly SortedSet<DateOnly> _rounds = [];

    public override FileKind Kind => FileKind.SelfDiagnosticsCriteria;

    public override string Scope => "самодиагностика по показателям: " + string.Join(", ", _rounds.Select(RoundDates.Format));

    public override void Row(RowView row)
    {
        var date = row.Required<DateOnly>("date", CellParser.Date);
        var login = row.RequiredText("login", CellParser.Login);
        if (login is not null && Context.Schools.ByLogin(login) is null) row.Fail("login", Context.UnknownSchool(login));
        var direction = Direction(row);
        var number = row.RequiredText("number", CriterionNumber.Parse);
        var criterion = row.RequiredText("criterion");
        var points = row.Required<double>("points", CellParser.Number);
        var max = row.Optional<double>("max", CellParser.Number);
        SelfDiagnosticsPoints.NotNegative(row, "points", points);
        SelfDiagnosticsPoints.NotNegative(row, "max", max);
        if (points is >= 0 && max is >= 0 && points > max)
        {
            var ru = CultureInfo.GetCultureInfo("ru-RU");
            row.Fail("points", $"баллы {points.Value.ToString(ru)} больше максимального балла показателя {max.Value.ToString(ru)}");
        }

        if (date is not null && login is not null && number is not null && !_seen.TryAdd((date.Value, login, number), row.Number))
            row.FailRow($"показатель {number} ОО {login} в самодиагностике от {RoundDates.Format(date.Value)} повторяется: уже был в строке {_seen[(date.Value, login, number)]}");
        if (row.Failed || !Context.Writing) return;

        _rounds.Add(date!.Value);
        Appender("self_diagnostics_criteria").CreateRow()
            .AppendValue(date.Value).AppendValue(login).AppendValue(direction).AppendValue(number).AppendValue(criterion)
            .AppendValue(points).AppendValue(max).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    private static string? Direction(RowView row)
    {
        var text = row.RequiredText("direction");
        if (text is null) return null;
        var direction = MagistralDirections.Find(text);
        if (direction is null) row.Fail("direction", $"направление «{CellParser.Shorten(text)}» не распознано; ожидалось одно из: {MagistralDirections.Describe()}");
        return direction;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("self_diagnostics_criteria", "round_date");
}
