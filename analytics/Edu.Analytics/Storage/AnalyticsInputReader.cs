using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Storage;
using static System.FormattableString;

namespace Edu.Analytics.Storage;

/// <summary>
/// Reads the loaded data (the loader's tables) into <see cref="AnalyticsInput"/>, only the columns
/// the engine uses. Individual works dominate memory at country scale (tens of millions of rows), so
/// they arrive as <see cref="WorkGroup"/> columns, about 10 bytes a work.
/// </summary>
public static class AnalyticsInputReader
{
    // ОГЭ protocols have no grade column: the main state exam is the 9th grade's.
    public const int OgeGrade = 9;

    private const string SchoolsSql = """
        SELECT login, name, municipality, district, school_type, is_rural, enrolment
        FROM schools
        ORDER BY login
        """;

    // Works are streamed (DuckDB hands them over chunk by chunk instead of materializing 20+ million rows
    // first) with their school-procedure-year as a 64-bit hash instead of strings; the group's strings and
    // size come from one aggregate per kind. Grouping or sorting tens of millions of rows by strings in SQL
    // was measured 20–30 s at country scale; these scans take about a second each. A missing score
    // arrives as NaN and a missing mark as 0, the engine's encoding (WorkGroup), so no row needs a null check.
    private const string VprGroupsSql = """
        SELECT hash(year, login, subject, grade), year, login, subject, grade, count(*)
        FROM vpr_works
        GROUP BY ALL
        """;

    private const string VprWorksSql = """
        SELECT hash(year, login, subject, grade), coalesce(primary_score, 'NaN'::DOUBLE), coalesce(mark, 0), coalesce(journal_mark, 0)
        FROM vpr_works
        """;

    // A participant who sat the same ОГЭ subject more than once in a year (резервный день, пересдача) is
    // counted once, by the last attempt: the latest exam date, an undated protocol counting as earliest,
    // ties by the later load (README, «Методика»). Within one exam date a participant is unique (the loader
    // refuses repeats, and a protocol replaces its date's rows), so only subjects with several dates are searched.
    private const string OgeLastAttemptsSql = """
        WITH retaken AS (
            SELECT year, subject FROM oge_results GROUP BY year, subject
            HAVING count(DISTINCT coalesce(exam_date, DATE '0001-01-01')) > 1
        ), superseded AS (
            SELECT o.rowid AS id FROM oge_results o JOIN retaken USING (year, subject)
            QUALIFY row_number() OVER (
                PARTITION BY o.year, o.subject, o.participant_key ORDER BY o.exam_date DESC NULLS LAST, o.load_id DESC) > 1
        ), attempts AS (
            SELECT * FROM oge_results WHERE rowid NOT IN (SELECT id FROM superseded)
        )
        """;

    private const string OgeGroupsSql = OgeLastAttemptsSql + """
        SELECT hash(year, login, subject, $p0::INTEGER), year, login, subject, $p0::INTEGER, count(*)
        FROM attempts
        GROUP BY ALL
        """;

    private const string OgeWorksSql = OgeLastAttemptsSql + """
        SELECT hash(year, login, subject, $p0::INTEGER), coalesce(primary_score, 'NaN'::DOUBLE), coalesce(mark, 0), 0
        FROM attempts
        """;

    // SPEC §13: per school-procedure-year, the works with a primary score and each task's summed score, a blank
    // or missing-value score adding 0. Summing list positions (task_scores[1], [2] …, as many as the longest paper has
    // tasks: the loader stores a work's list and its paper's vpr_tasks together) reads the works once without unnesting
    // them: measured at country scale (11.9 million works × 15 tasks) 0.3 s, against 3.1 s for UNNEST with a group per
    // task and 2.1 s for streaming the lists into C#.
    private const string TaskPositionsSql = "SELECT coalesce(max(task_no), 0) FROM vpr_tasks";

    private static string TaskSumsSql(int positions) => $"""
        SELECT year, login, subject, grade, count(*), {string.Join(", ", Enumerable.Range(1, positions).Select(t => $"sum(coalesce(task_scores[{t}], 0))"))}
        FROM vpr_works
        WHERE primary_score IS NOT NULL
        GROUP BY ALL
        """;

    // Every procedure's tasks with what they check; a codifier matches a task column by its number in any letter case.
    private const string TasksSql = """
        SELECT t.year, t.subject, t.grade, t.task_no, t.task_label, t.max_score, r.requirement
        FROM vpr_tasks AS t
        LEFT JOIN vpr_task_requirements AS r
            ON r.year = t.year AND r.subject = t.subject AND r.grade = t.grade AND lower(r.task_label) = lower(t.task_label)
        ORDER BY t.year, t.subject, t.grade, t.task_no
        """;

    // Marks and ЕГЭ rows come in table order: the engine orders the results itself. Shares written «н/д» stay
    // null (the result is «недостаточно данных», never a mean of 0); a row without its number of participants
    // cannot be counted or shown as a count, so it is left out and counted in a message.
    private const string VprMarksSql = """
        SELECT year, login, subject, grade, participants, share2, share3, share4, share5
        FROM vpr_marks
        WHERE participants IS NOT NULL
        """;

    private const string VprMarksIncompleteSql = """
        SELECT count(*) FROM vpr_marks WHERE participants IS NULL
        """;

    // A school result without its participants, its mean or the count below the minimum cannot be judged;
    // such rows are left out (and counted in a message), never read as zeros.
    private const string EgeSql = """
        SELECT year, login, subject, participants, mean_score, below_min
        FROM ege_results
        WHERE participants IS NOT NULL AND mean_score IS NOT NULL AND below_min IS NOT NULL
        """;

    private const string EgeIncompleteSql = """
        SELECT count(*) FROM ege_results WHERE participants IS NULL OR mean_score IS NULL OR below_min IS NULL
        """;

    private const string ContextSql = """
        SELECT year, login, low_income_pct, ovz_pct, non_native_pct, parents_higher_ed_pct, single_parent_pct, staffing_pct
        FROM school_context
        ORDER BY year, login
        """;

    // A missing count stays null: the indicator it belongs to has no value for that municipality and date
    // (0 would be a false value). Rows with one are counted in a message.
    private const string CoverageSql = """
        SELECT report_date, municipality, children_5_18, covered, covered_tech, children_ovz, covered_ovz
        FROM coverage
        ORDER BY report_date, municipality
        """;

    private const string CoverageIncompleteSql = """
        SELECT count(*) FROM coverage
        WHERE children_5_18 IS NULL OR covered IS NULL OR covered_tech IS NULL OR children_ovz IS NULL OR covered_ovz IS NULL
        """;

    private const string TargetsSql = """
        SELECT indicator_code, indicator_name, municipality, deadline, target_value, at_least
        FROM targets
        ORDER BY indicator_code, municipality NULLS FIRST, deadline
        """;

    private const string ReportedSql = """
        SELECT indicator_code, municipality, value_date, value, numerator, denominator, unit
        FROM reported_values
        ORDER BY indicator_code, municipality, value_date
        """;

    /// <summary>Reads every input; notes about rows that could not be used are added to <paramref name="messages"/> (Russian).</summary>
    public static AnalyticsInput Read(DuckDBConnection connection, ICollection<string> messages, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        var strings = new StringPool();

        // One snapshot: the group sizes counted first must be those of the works streamed after them.
        using var snapshot = connection.BeginTransaction();
        var egeIncomplete = connection.Scalar<long>(EgeIncompleteSql);
        if (egeIncomplete > 0)
        {
            messages.Add(Invariant($"ЕГЭ: строк без числа участников, среднего тестового балла или числа не преодолевших минимальный порог — {egeIncomplete}; они не учтены"));
        }

        var marksIncomplete = connection.Scalar<long>(VprMarksIncompleteSql);
        if (marksIncomplete > 0)
        {
            messages.Add(Invariant($"ВПР, статистика по отметкам: строк без числа участников — {marksIncomplete}; они не учтены"));
        }

        var coverageIncomplete = connection.Scalar<long>(CoverageIncompleteSql);
        if (coverageIncomplete > 0)
        {
            messages.Add(Invariant($"Охват дополнительным образованием: строк с пустыми численностями — {coverageIncomplete}; показатели, которым не хватает значения, за эти даты не рассчитаны"));
        }

        var works = timings.Measure("чтение: индивидуальные работы", () => ReadWorks(connection, strings));
        var input = timings.Measure("чтение: остальное", () => new AnalyticsInput(
            ReadSchools(connection, strings),
            works,
            ReadVprMarks(connection, strings),
            ReadEge(connection, strings),
            ReadContext(connection, strings),
            ReadCoverage(connection, strings),
            ReadTargets(connection)) { Reported = ReadReported(connection, strings) });
        input = timings.Measure("чтение: суммы баллов по заданиям", () => input with
        {
            TaskSums = ReadTaskSums(connection, strings),
            Tasks = ReadTasks(connection, strings),
        });
        input = input with { SdRounds = SelfDiagnosticsReader.Rounds(connection) };
        snapshot.Commit();
        return input;
    }

    private static List<SchoolInfo> ReadSchools(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(SchoolsSql, r => new SchoolInfo(
            strings.Get(r.GetString(0)),
            r.GetString(1),
            strings.Get(r.GetString(2)),
            strings.Get(r.GetString(3)),
            r.IsDBNull(4) ? null : strings.Get(r.GetString(4)),
            r.IsDBNull(5) ? null : r.GetBoolean(5),
            r.NullableInt(6)));

    private static List<WorkGroup> ReadWorks(DuckDBConnection connection, StringPool strings)
    {
        var groups = new List<WorkGroup>();
        ReadWorks(connection, ProcedureKind.Vpr, VprGroupsSql, VprWorksSql, strings, groups);
        ReadWorks(connection, ProcedureKind.Oge, OgeGroupsSql, OgeWorksSql, strings, groups);
        return groups;
    }

    /// <summary>Adds the kind's groups in order of their first work in the table, each filled in table order.</summary>
    private static void ReadWorks(
        DuckDBConnection connection, ProcedureKind kind, string groupsSql, string worksSql, StringPool strings, List<WorkGroup> groups)
    {
        var pending = new Dictionary<ulong, (int Year, string Login, ProcedureKey Procedure, int Count)>();
        foreach (var (hash, key) in connection.Rows(groupsSql, r => (
            r.GetFieldValue<ulong>(0),
            (r.GetInt32(1), strings.Get(r.GetString(2)), new ProcedureKey(kind, strings.Get(r.GetString(3)), r.GetInt32(4)), checked((int)r.GetInt64(5)))), OgeGrade))
        {
            if (!pending.TryAdd(hash, key))
            {
                throw new InvalidDataException($"Совпали хэши групп работ {key} и {pending[hash]}: пересчёт невозможен");
            }
        }

        // A loaded file stores its works school by school, so the group changes rarely from one row to the next.
        var filling = new Dictionary<ulong, (WorkGroup Group, int Filled)>(pending.Count);
        var current = ulong.MaxValue;
        WorkGroup? group = null;
        var filled = 0;
        using var cmd = connection.Command(worksSql, OgeGrade);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var hash = reader.GetFieldValue<ulong>(0);
            if (hash != current)
            {
                if (group is not null)
                {
                    filling[current] = (group, filled);
                }

                if (!filling.TryGetValue(hash, out var known))
                {
                    var (year, login, procedure, count) = pending[hash];
                    known = (new WorkGroup(year, login, procedure, new double[count], new byte[count], new byte[count]), 0);
                    groups.Add(known.Group);
                }

                (current, group, filled) = (hash, known.Group, known.Filled);
            }

            group!.Scores[filled] = reader.GetDouble(1);
            group.Marks[filled] = checked((byte)reader.GetInt32(2));
            group.JournalMarks[filled] = checked((byte)reader.GetInt32(3));
            filled++;
        }
    }

    private static List<TaskScoreSums> ReadTaskSums(DuckDBConnection connection, StringPool strings)
    {
        var positions = checked((int)connection.Scalar<long>(TaskPositionsSql));
        return positions == 0 ? [] : connection.Rows(TaskSumsSql(positions), r =>
        {
            var scores = new double[positions];
            for (var t = 0; t < positions; t++)
            {
                scores[t] = r.GetDouble(5 + t);
            }

            return new TaskScoreSums(r.GetInt32(0), strings.Get(r.GetString(1)), new ProcedureKey(ProcedureKind.Vpr, strings.Get(r.GetString(2)), r.GetInt32(3)),
                checked((int)r.GetInt64(4)), scores);
        });
    }

    private static List<ProcedureTask> ReadTasks(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(TasksSql, r => new ProcedureTask(
            r.GetInt32(0),
            new ProcedureKey(ProcedureKind.Vpr, strings.Get(r.GetString(1)), r.GetInt32(2)),
            r.GetInt32(3),
            strings.Get(r.GetString(4)),
            r.GetDouble(5),
            r.NullableString(6)));

    private static List<MarkShares> ReadVprMarks(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(VprMarksSql, r => new MarkShares(
            r.GetInt32(0),
            strings.Get(r.GetString(1)),
            new ProcedureKey(ProcedureKind.Vpr, strings.Get(r.GetString(2)), r.GetInt32(3)),
            r.GetInt32(4),
            r.NullableDouble(5),
            r.NullableDouble(6),
            r.NullableDouble(7),
            r.NullableDouble(8)));

    private static List<EgeSchoolResult> ReadEge(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(EgeSql, r => new EgeSchoolResult(
            r.GetInt32(0), strings.Get(r.GetString(1)), strings.Get(r.GetString(2)), r.GetInt32(3), r.GetDouble(4), r.GetInt32(5)));

    private static List<SchoolContext> ReadContext(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(ContextSql, r => new SchoolContext(
            r.GetInt32(0),
            strings.Get(r.GetString(1)),
            r.NullableDouble(2),
            r.NullableDouble(3),
            r.NullableDouble(4),
            r.NullableDouble(5),
            r.NullableDouble(6),
            r.NullableDouble(7)));

    private static List<CoverageRow> ReadCoverage(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(CoverageSql, r => new CoverageRow(
            DateOnly.FromDateTime(r.GetDateTime(0)),
            strings.Get(r.GetString(1)),
            r.NullableInt(2),
            r.NullableInt(3),
            r.NullableInt(4),
            r.NullableInt(5),
            r.NullableInt(6)));

    private static List<ReportedValue> ReadReported(DuckDBConnection connection, StringPool strings) =>
        connection.Rows(ReportedSql, r => new ReportedValue(
            strings.Get(r.GetString(0)),
            strings.Get(r.GetString(1)),
            DateOnly.FromDateTime(r.GetDateTime(2)),
            r.NullableDouble(3),
            r.NullableDouble(4),
            r.NullableDouble(5),
            r.NullableString(6)));

    private static List<Target> ReadTargets(DuckDBConnection connection) =>
        connection.Rows(TargetsSql, r => new Target(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            DateOnly.FromDateTime(r.GetDateTime(3)),
            r.GetDouble(4),
            r.GetBoolean(5) ? TargetCondition.AtLeast : TargetCondition.AtMost));
}
