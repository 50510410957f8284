using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Oge;

/// <summary>
/// РЦОИ ОГЭ protocols. Names and document numbers are read only to build the salted participant
/// key and are never stored. Scope: year × subject × exam date (main and reserve days are separate protocols).
/// </summary>
public sealed class OgeLoader(LoadContext context) : KindLoader(context)
{
    private static readonly string[] IdentityKeys = ["surname", "first_name", "patronymic", "series", "number"];

    private readonly KeyDigestSet _seen = new();
    private readonly SortedSet<(int, string, DateOnly?)> _scopes = [];
    private (string Subject, DateOnly Date)? _title;

    public override FileKind Kind => FileKind.Oge;

    public override string Scope => string.Join("; ", _scopes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Item1} · {s.Item2} · {s.Item3:dd.MM.yyyy}")));

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        var title = ProcedureTitle.Oge(layout.TitleLines.Append(sheet.SheetName));
        _title = title is { } t ? (Context.Subjects.OgeByCode(t.Code) ?? Context.Subjects.Normalize(t.Subject), t.Date) : null;
        if (_title is null && !layout.Columns.ContainsKey("subject"))
        {
            sheet.Problems.Add(new LoadProblem(sheet.FileName, sheet.SheetName, layout.FirstDataRow - 1, null,
                "не указан предмет: ожидалась строка заголовка вида «02 Математика 24.05.2024» или столбец «Предмет»"));
        }
    }

    public override void Row(RowView row)
    {
        var municipalityCode = row.RequiredText("municipality_code");
        if (municipalityCode is not null && Context.Municipalities.Find(municipalityCode) is null) row.Fail("municipality_code", $"неизвестный код МСУ «{municipalityCode}»");
        var schoolCode = row.RequiredText("school_code");
        var school = schoolCode is null ? null : Context.Schools.ByCodeOrLogin(schoolCode);
        if (schoolCode is not null && school is null) row.Fail("school_code", Context.UnknownSchool(schoolCode));
        var classLabel = row.RequiredText("class");
        var ppe = row.OptionalText("ppe");
        var auditorium = row.OptionalText("auditorium");
        var identity = IdentityKeys.Select(row.OptionalText).ToList();
        if (identity.All(v => v is null)) row.FailRow("нет данных участника (ФИО, документ): без них участника нельзя отличить от других");

        // With neither a title nor a «Предмет» column BeginSheet has reported the sheet once; per-row
        // complaints about a column that is not there (and the year the missing title would carry) are noise.
        var procedureReported = _title is null && !row.Has("subject");
        var subject = _title?.Subject ?? (!procedureReported && row.RequiredText("subject") is { } s ? Context.Subjects.Normalize(s) : null);
        DateOnly? date = _title?.Date ?? row.Optional<DateOnly>("exam_date", CellParser.Date);
        var year = date?.Year ?? row.Optional<int>("year", CellParser.Year);
        if (year is null && !row.Failed && !procedureReported) row.FailRow("не указан год экзамена: ожидалась дата в заголовке или столбец «Дата экзамена»");

        var primary = row.Optional<double>("primary", CellParser.Number);
        row.InRange("primary", primary, 0, 100, "первичный балл");
        var mark = row.Optional<int>("mark", CellParser.Integer);
        row.InRange("mark", mark, 2, 5, "оценка");

        var key = Context.Hasher.Key(identity);
        if (subject is not null && !_seen.Add([date?.DayNumber ?? -1], [subject, key])) row.FailRow("участник с теми же ФИО и документом повторяется в этом протоколе");
        if (row.Failed || !Context.Writing) return;

        _scopes.Add((year!.Value, subject!, date));
        Appender("oge_results").CreateRow()
            .AppendValue(year).AppendValue(subject).AppendValue(date).AppendValue(municipalityCode).AppendValue(school!.Login)
            .AppendValue(classLabel).AppendValue(ppe).AppendValue(auditorium).AppendValue(key).AppendValue(primary).AppendValue(mark)
            .AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("oge_results", "year", "subject", "exam_date");
}
