using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Kinds.VprTasks;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.VprIndividual;

/// <summary>
/// ФИС ОКО individual ВПР results: one row per participant's work with its task scores as a list;
/// each task's label and maximum go to vpr_tasks. Scope: year × subject × grade. Rows stream straight into the appenders.
/// A task maximum that differs from the loaded codifier's (vpr-tasks) is an error at the task column.
/// </summary>
public sealed class VprIndividualLoader(LoadContext context) : KindLoader(context)
{
    private readonly KeyDigestSet _seen = new();
    private readonly Dictionary<(int Year, string Subject, int Grade), TaskHeader> _procedures = [];
    private (int Year, string Subject, int Grade)? _title;
    private TaskHeader? _header;
    private IReadOnlyList<TaskColumn> _tasks = [];
    private double _maxPrimary;
    private long _sequence;

    public override FileKind Kind => FileKind.VprIndividual;

    public override string Scope => string.Join("; ", _procedures.Keys.Order().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Year} · {p.Subject} · {p.Grade} кл.")));

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        _tasks = layout.Tasks;
        _header = new TaskHeader(_tasks, layout, sheet.SheetName);
        _maxPrimary = _tasks.Sum(t => t.MaxScore);
        var title = ProcedureTitle.Vpr(layout.TitleLines.Append(sheet.SheetName));
        _title = title is { } t ? (t.Year, Context.Subjects.Normalize(t.Subject), t.Grade) : null;
        if (_title is null && !(layout.Columns.ContainsKey("year") && layout.Columns.ContainsKey("subject")))
        {
            sheet.Problems.Add(new LoadProblem(sheet.FileName, sheet.SheetName, layout.FirstDataRow - 1, null,
                "не указаны год, предмет и класс: ожидалась строка заголовка вида «ВПР 2024 Математика 5 класс» или столбцы «Год» и «Предмет»"));
        }
    }

    public override void Row(RowView row)
    {
        var login = row.RequiredText("login", CellParser.Login);
        var school = login is null ? null : Context.Schools.ByLogin(login);
        if (login is not null && school is null) row.Fail("login", Context.UnknownSchool(login));
        var municipalityText = row.RequiredText("municipality");
        var municipality = municipalityText is null ? null : Context.Municipalities.Find(municipalityText);
        if (municipalityText is not null && municipality is null) row.Fail("municipality", Context.UnknownMunicipality(municipalityText));
        else if (school is not null && municipality is not null && municipality.Name != school.Municipality)
            row.Fail("municipality", $"ОО «{login}» по справочнику относится к муниципалитету «{school.Municipality}», а в файле указан «{municipalityText}»");

        var participant = row.RequiredText("participant");
        var classLabel = row.RequiredText("class");
        var variant = row.OptionalText("variant");

        // Without a title the procedure comes from the columns; when they are absent too, BeginSheet has
        // said so once for the sheet, and repeating «empty value» per row for a column that is not there is noise.
        var year = _title?.Year ?? (row.Has("year") ? row.Required<int>("year", CellParser.Year) : null);
        var subject = _title?.Subject ?? (row.Has("subject") && row.RequiredText("subject") is { } s ? Context.Subjects.Normalize(s) : null);
        var grade = _title?.Grade ?? (classLabel is null ? null : ProcedureTitle.GradeOf(classLabel));
        if (_title is null && classLabel is not null && grade is null) row.Fail("class", $"по классу «{classLabel}» нельзя определить параллель; ожидалось, например, «5А»");

        var scores = new double?[_tasks.Count];
        double sum = 0;
        for (var t = 0; t < _tasks.Count; t++)
        {
            var task = _tasks[t];
            var parsed = CellParser.Number(row.RawAt(task.Index));
            if (parsed.IsInvalid) { row.FailAt(task.Index, parsed.Error!); continue; }
            if (!parsed.HasValue) continue;
            if (parsed.Value < 0 || parsed.Value > task.MaxScore)
                row.FailAt(task.Index, string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"балл {parsed.Value} за задание {task.Label} вне диапазона 0…{task.MaxScore}"));
            scores[t] = parsed.Value;
            sum += parsed.Value;
        }

        var primary = row.Optional<double>("primary", CellParser.Number);
        if (row.InRange("primary", primary, 0, _maxPrimary, "первичный балл") && primary is { } p && scores.Any(x => x is not null) && Math.Abs(p - sum) > 0.01)
            row.Fail("primary", string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"первичный балл {p} не равен сумме баллов за задания {sum}"));
        var mark = row.Optional<int>("mark", CellParser.Integer);
        row.InRange("mark", mark, 2, 5, "отметка");
        var journal = row.Optional<int>("journal", CellParser.Integer);
        row.InRange("journal", journal, 2, 5, "отметка по журналу");

        if (year is not null && subject is not null && grade is not null && login is not null && participant is not null
            && !_seen.Add([year.Value, grade.Value], [subject, login, participant]))
            row.FailRow($"участник «{participant}» ОО «{login}» повторяется в этой процедуре");
        if (row.Failed || !Context.Writing) return;

        var key = (year!.Value, subject!, grade!.Value);
        _procedures.TryAdd(key, _header!);
        var workId = Context.LoadId * 100_000_000L + ++_sequence;
        Appender("vpr_works").CreateRow()
            .AppendValue(workId).AppendValue(key.Item1).AppendValue(key.Item2).AppendValue(key.Item3).AppendValue(login)
            .AppendValue(participant).AppendValue(classLabel).AppendValue(variant).AppendValue(primary).AppendValue(mark).AppendValue(journal)
            .AppendValue(scores).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void Complete(SheetScope file)
    {
        foreach (var (procedure, header) in _procedures) CheckAgainstCodifier(file, procedure, header);
        if (!Context.Writing) return;
        foreach (var ((year, subject, grade), header) in _procedures)
            foreach (var task in header.Tasks)
                Appender("vpr_tasks").CreateRow().AppendValue(year).AppendValue(subject).AppendValue(grade)
                    .AppendValue(task.Order).AppendValue(task.Label).AppendValue(task.MaxScore).AppendValue(Context.LoadId).EndRow();
    }

    public override void ReplaceSuperseded()
    {
        DeleteSuperseded("vpr_works", "year", "subject", "grade");
        DeleteSuperseded("vpr_tasks", "year", "subject", "grade");
    }

    private void CheckAgainstCodifier(SheetScope file, (int Year, string Subject, int Grade) procedure, TaskHeader header)
    {
        var codifier = TaskMaxima.OfCodifier(Context.Connection, procedure);
        foreach (var task in header.Tasks)
        {
            if (codifier.TryGetValue(TaskNumber.Key(task.Label), out var max) && TaskMaxima.Differ(task.MaxScore, max))
                file.Problems.Add(new LoadProblem(file.FileName, header.Sheet, header.Layout.FirstDataRow - 1, header.Layout.Describe(task.Index),
                    TaskMaxima.Mismatch(task.Label, task.MaxScore, $"загруженных проверяемых требованиях {TaskMaxima.Name(procedure)}", max)));
        }
    }

    /// <summary>The task columns of a sheet and where they are, for messages about them after the last row.</summary>
    private sealed record TaskHeader(IReadOnlyList<TaskColumn> Tasks, HeaderLayout Layout, string Sheet);
}
