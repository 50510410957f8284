using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.VprTasks;

/// <summary>
/// The ВПР codifier: what each task of a procedure checks («проверяемые требования (умения)»). The procedure comes from
/// the columns Год, Предмет, Класс or from a title «ВПР 2025 Математика 5 класс», as individual results give it. Where
/// the procedure's individual results are loaded, every task must be one of their task columns and a maximum the file
/// gives must be that column's. A description written as a missing-value code is none: the task shows its number.
/// Scope: year × subject × grade.
/// </summary>
public sealed class VprTasksLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(int, string, int, string), int> _seen = [];
    private readonly SortedSet<(int Year, string Subject, int Grade)> _scopes = [];
    private readonly Dictionary<(int Year, string Subject, int Grade), Dictionary<string, double>> _columns = [];
    private (int Year, string Subject, int Grade)? _title;

    public override FileKind Kind => FileKind.VprTasks;

    public override string Scope => string.Join("; ", _scopes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Year} · {s.Subject} · {s.Grade} кл.")));

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        var title = ProcedureTitle.Vpr(layout.TitleLines.Append(sheet.SheetName));
        _title = title is { } t ? (t.Year, Context.Subjects.Normalize(t.Subject), t.Grade) : null;
        if (_title is null && !(layout.Columns.ContainsKey("year") && layout.Columns.ContainsKey("subject") && layout.Columns.ContainsKey("grade")))
        {
            sheet.Problems.Add(new LoadProblem(sheet.FileName, sheet.SheetName, layout.FirstDataRow - 1, null,
                "не указаны год, предмет и класс: ожидалась строка заголовка вида «ВПР 2024 Математика 5 класс» или столбцы «Год», «Предмет» и «Класс»"));
        }
    }

    public override void Row(RowView row)
    {
        // Without a title and without the columns BeginSheet has said so once; «empty value» per row would be noise.
        var year = _title?.Year ?? (row.Has("year") ? row.Required<int>("year", CellParser.Year) : null);
        var subject = _title?.Subject ?? (row.Has("subject") && row.RequiredText("subject") is { } s ? Context.Subjects.Normalize(s) : null);
        var grade = _title?.Grade ?? (row.Has("grade") ? Grade(row) : null);
        var task = row.RequiredText("task", TaskNumber.Parse);
        var requirement = row.OptionalText("requirement");
        var max = row.Optional<double>("max", CellParser.Number);
        row.InRange("max", max, 0, 100, "максимальный балл");

        if (year is not null && subject is not null && grade is not null && task is not null)
        {
            var procedure = (year.Value, subject, grade.Value);
            if (!_seen.TryAdd((year.Value, subject, grade.Value, task), row.Number))
                row.FailRow($"задание {task} ({TaskMaxima.Name(procedure)}) повторяется: уже было в строке {_seen[(year.Value, subject, grade.Value, task)]}");
            else
                CheckAgainstTaskColumns(row, procedure, task, max);
        }
        if (row.Failed || !Context.Writing) return;

        _scopes.Add((year!.Value, subject!, grade!.Value));
        Appender("vpr_task_requirements").CreateRow()
            .AppendValue(year).AppendValue(subject).AppendValue(grade).AppendValue(task).AppendValue(requirement).AppendValue(max)
            .AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("vpr_task_requirements", "year", "subject", "grade");

    private static int? Grade(RowView row)
    {
        var text = row.RequiredText("grade");
        var grade = text is null ? null : ProcedureTitle.GradeOf(text);
        if (text is not null && grade is null or < 1 or > 11) row.Fail("grade", $"класс «{text}» не распознан; ожидалось число от 1 до 11");
        return grade is >= 1 and <= 11 ? grade : null;
    }

    private void CheckAgainstTaskColumns(RowView row, (int Year, string Subject, int Grade) procedure, string task, double? max)
    {
        if (!_columns.TryGetValue(procedure, out var columns))
            _columns[procedure] = columns = TaskMaxima.OfTaskColumns(Context.Connection, procedure);
        if (columns.Count == 0) return;
        if (!columns.TryGetValue(task, out var columnMax))
        {
            row.Fail("task", $"задания {task} нет среди столбцов заданий загруженных индивидуальных результатов {TaskMaxima.Name(procedure)}: " +
                $"там задания {string.Join(", ", columns.Keys)}");
            return;
        }
        if (max is { } m && TaskMaxima.Differ(m, columnMax))
        {
            var column = string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"столбце «{task} ({columnMax}б)» загруженных индивидуальных результатов {TaskMaxima.Name(procedure)}");
            row.Fail("max", TaskMaxima.Mismatch(task, m, column, columnMax));
        }
    }
}
