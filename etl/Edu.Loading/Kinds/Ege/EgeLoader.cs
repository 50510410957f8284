using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Ege;

/// <summary>ЕГЭ results per school × subject (scope: year × subject).</summary>
public sealed class EgeLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(int, string, string), int> _seen = [];
    private readonly SortedSet<(int, string)> _scopes = [];

    public override FileKind Kind => FileKind.Ege;

    public override string Scope => string.Join("; ", _scopes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Item1} · {s.Item2}")));

    public override void Row(RowView row)
    {
        var year = row.Required<int>("year", CellParser.Year);
        var code = row.RequiredText("school_code");
        var school = code is null ? null : Context.Schools.ByCodeOrLogin(code);
        if (code is not null && school is null) row.Fail("school_code", Context.UnknownSchool(code));

        string? subject;
        if (row.Has("subject"))
        {
            subject = row.RequiredText("subject") is { } s ? Context.Subjects.Normalize(s) : null;
        }
        else
        {
            var subjectCode = row.RequiredText("subject_code");
            subject = subjectCode is null ? null : Context.Subjects.EgeByCode(subjectCode);
            if (subjectCode is not null && subject is null) row.Fail("subject_code", $"неизвестный код предмета «{subjectCode}»");
        }

        // Every number of the row is a value: «н/д» is NULL, and a row of nothing but its key is «нет данных».
        var participants = row.Optional<int>("participants", CellParser.Integer);
        row.InRange("participants", participants, 1, 5000, "количество участников");
        var mean = row.Optional<double>("mean", CellParser.Number);
        row.InRange("mean", mean, 0, 100, "средний тестовый балл");
        var max = participants ?? int.MaxValue;
        var belowMin = row.Optional<int>("below_min", CellParser.Integer);
        row.InRange("below_min", belowMin, 0, max, "число не преодолевших порог");
        var high = row.Optional<int>("high", CellParser.Integer);
        row.InRange("high", high, 0, max, "число набравших 81–100 баллов");
        var hundred = row.Optional<int>("hundred", CellParser.Integer);
        row.InRange("hundred", hundred, 0, high ?? max, "число стобалльников");

        if (year is not null && school is not null && subject is not null && !_seen.TryAdd((year.Value, school.Login, subject), row.Number))
            row.FailRow($"ОО «{code}», предмет «{subject}» повторяется: уже была в строке {_seen[(year.Value, school.Login, subject)]}");
        if (row.Failed || !Context.Writing) return;

        _scopes.Add((year!.Value, subject!));
        Appender("ege_results").CreateRow()
            .AppendValue(year).AppendValue(school!.Login).AppendValue(subject).AppendValue(participants).AppendValue(mean)
            .AppendValue(belowMin).AppendValue(high).AppendValue(hundred).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("ege_results", "year", "subject");
}
