using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.VprMarks;

/// <summary>
/// ВПР statistics by marks per school × subject × grade (scope: year × subject × grade).
/// The columns «2»…«5» hold shares or counts. Rule: the header decides when it says so («%»,
/// «доля» → shares; «чел», «количество» → counts); otherwise each row decides by its sum: ≈100 →
/// percents, ≈1 → fractions, = participants → counts. Shares are stored as percents.
/// </summary>
public sealed class VprMarksLoader(LoadContext context) : KindLoader(context)
{
    private static readonly string[] MarkKeys = ["m2", "m3", "m4", "m5"];
    private const double ShareTolerance = 1.0;

    private readonly Dictionary<(int, string, int, string), int> _seen = [];
    private readonly SortedSet<(int, string, int)> _scopes = [];
    private MarksUnit _unit;

    private enum MarksUnit
    {
        Unknown,
        Percent,
        Count,
    }

    public override FileKind Kind => FileKind.VprMarks;

    public override string Scope => string.Join("; ", _scopes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Item1} · {s.Item2} · {s.Item3} кл.")));

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        var headers = MarkKeys.Select(k => layout.HeaderText.GetValueOrDefault(layout.Columns[k]) ?? string.Empty)
            .Concat(layout.TitleLines).Select(h => h.ToLowerInvariant()).ToList();
        _unit = headers.Any(h => h.Contains('%') || h.Contains("доля", StringComparison.Ordinal)) ? MarksUnit.Percent
            : headers.Any(h => h.Contains("чел", StringComparison.Ordinal) || h.Contains("кол", StringComparison.Ordinal)) ? MarksUnit.Count
            : MarksUnit.Unknown;
    }

    public override void Row(RowView row)
    {
        var year = row.Required<int>("year", CellParser.Year);
        var subjectText = row.RequiredText("subject");
        var subject = subjectText is null ? null : Context.Subjects.Normalize(subjectText);
        var gradeText = row.RequiredText("grade");
        var grade = gradeText is null ? null : ProcedureTitle.GradeOf(gradeText);
        if (gradeText is not null && (grade is null or < 1 or > 11)) row.Fail("grade", $"класс «{gradeText}» не распознан; ожидалось число от 1 до 11");
        var login = row.RequiredText("login", CellParser.Login);
        if (login is not null && Context.Schools.ByLogin(login) is null) row.Fail("login", Context.UnknownSchool(login));
        // Participants and shares are values: «н/д» in them is NULL, and a row of nothing but its key is «нет данных».
        var participants = row.Optional<int>("participants", CellParser.Integer);
        row.InRange("participants", participants, 0, 5000, "количество участников");
        var raw = MarkKeys.Select(row.OptionalPercent).ToArray();

        var shares = Shares(row, raw, participants);

        if (year is not null && subject is not null && grade is not null && login is not null
            && !_seen.TryAdd((year.Value, subject, grade.Value, login), row.Number))
            row.FailRow($"ОО «{login}», {subject}, {grade} класс повторяется: уже была в строке {_seen[(year.Value, subject, grade.Value, login)]}");
        if (row.Failed || !Context.Writing) return;

        _scopes.Add((year!.Value, subject!, grade!.Value));
        var appender = Appender("vpr_marks").CreateRow().AppendValue(year).AppendValue(subject).AppendValue(grade).AppendValue(login).AppendValue(participants);
        foreach (var s in shares) appender.AppendValue(s);
        appender.AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    private double?[] Shares(RowView row, PercentValue?[] raw, int? participants)
    {
        var result = new double?[4];
        if (raw.All(r => r is null)) return result;
        if (raw.Any(r => r is null))
        {
            row.FailRow("заполнены не все столбцы отметок «2»–«5»: ожидались все четыре или ни одного");
            return result;
        }
        var values = raw.Select(r => r!.Value.Value).ToArray();
        var sum = values.Sum();
        var explicitPercent = raw.Any(r => r!.Value.Source == PercentSource.Explicit);
        var ru = CultureInfo.GetCultureInfo("ru-RU");

        if (_unit == MarksUnit.Count || (_unit == MarksUnit.Unknown && !explicitPercent && participants is > 0 && Math.Abs(sum - participants.Value) < 1e-9 && Math.Abs(sum - 100) > ShareTolerance))
        {
            if (participants is null)
            {
                row.FailRow("указаны количества отметок «2»–«5», но не указано число участников: без него количества не проверить");
                return result;
            }
            if (Math.Abs(sum - participants.Value) > 1e-9)
            {
                row.FailRow(string.Create(ru, $"количества отметок в сумме дают {sum}, а участников {participants}; ожидалось равенство"));
                return result;
            }
            return participants == 0 ? result : values.Select(v => (double?)(v / participants.Value * 100)).ToArray();
        }

        if (participants == 0)
        {
            // Shares of nobody are not data: a school with no participants has no distribution of marks.
            row.FailRow("указано 0 участников, но заполнены доли отметок «2»–«5»: при 0 участников доли должны быть пустыми (или укажите число участников)");
            return result;
        }
        var scale = !explicitPercent && Math.Abs(sum - 1) <= ShareTolerance / 100 ? 100 : 1;
        var percents = values.Select(v => v * scale).ToArray();
        for (var k = 0; k < 4; k++)
            row.InRange(MarkKeys[k], percents[k], 0, 100, "доля отметки, %,");
        var total = percents.Sum();
        if (Math.Abs(total - 100) > ShareTolerance)
            row.FailRow(string.Create(ru, $"доли отметок «2»–«5» в сумме дают {total:0.##}%, ожидалось 100% (±{ShareTolerance}), либо количества, дающие в сумме число участников"));
        return percents.Select(p => (double?)p).ToArray();
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("vpr_marks", "year", "subject", "grade");
}
