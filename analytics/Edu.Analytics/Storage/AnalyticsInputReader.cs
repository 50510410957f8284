using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Etl.Storage;
using static System.FormattableString;

namespace Edu.Analytics.Storage;

/// <summary>
/// Reads the loaded data (migration 0001 tables) into <see cref="AnalyticsInput"/>, only the columns
/// the engine uses. Individual works dominate memory at country scale (tens of millions of rows), so
/// DuckDB collapses identical works of a school-procedure-year into one row with a count and every
/// copy shares one immutable <see cref="IndividualWork"/> instance: the engine sees the same list,
/// at the cost of a reference per work instead of an object per work.
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

    // Groups (kind × school × procedure × year) get dense ids so that the works query carries no
    // strings. Both queries derive the ids from the same ordering, so they agree.
    private const string WorkGroupsCte = """
        WITH works AS (
            SELECT 'ВПР' AS kind, year, login, subject, grade, primary_score, mark, journal_mark FROM vpr_works
            UNION ALL
            SELECT 'ОГЭ', year, login, subject, $p0, primary_score, mark, NULL FROM oge_results
        ),
        groups AS (
            SELECT kind, year, login, subject, grade,
                   (row_number() OVER (ORDER BY kind, year, login, subject, grade))::INTEGER - 1 AS gid
            FROM (SELECT DISTINCT kind, year, login, subject, grade FROM works)
        )

        """;

    private const string WorkGroupsSql = WorkGroupsCte + """
        SELECT gid, kind, year, login, subject, grade FROM groups ORDER BY gid
        """;

    // ORDER BY keeps the list in the same order on every run, so recomputes give identical results.
    private const string WorksSql = WorkGroupsCte + """
        SELECT g.gid, w.primary_score, w.mark, w.journal_mark, count(*)::INTEGER AS copies
        FROM works AS w JOIN groups AS g USING (kind, year, login, subject, grade)
        GROUP BY ALL
        ORDER BY ALL
        """;

    private const string VprMarksSql = """
        SELECT year, login, subject, grade, participants,
               coalesce(share2, 0), coalesce(share3, 0), coalesce(share4, 0), coalesce(share5, 0)
        FROM vpr_marks
        ORDER BY year, login, subject, grade
        """;

    // A school result without a mean or without the count below the minimum cannot be judged;
    // such rows are left out (and counted in a message), never read as zeros.
    private const string EgeSql = """
        SELECT year, login, subject, participants, mean_score, below_min
        FROM ege_results
        WHERE mean_score IS NOT NULL AND below_min IS NOT NULL
        ORDER BY year, login, subject
        """;

    private const string EgeIncompleteSql = """
        SELECT count(*) FROM ege_results WHERE mean_score IS NULL OR below_min IS NULL
        """;

    private const string ContextSql = """
        SELECT year, login, low_income_pct, ovz_pct, non_native_pct, parents_higher_ed_pct, single_parent_pct, staffing_pct
        FROM school_context
        ORDER BY year, login
        """;

    // A missing count becomes 0 only where 0 means "no value" to the engine: a zero denominator
    // drops the indicator value. Missing numerators are reported, because 0 would be a false value.
    private const string CoverageSql = """
        SELECT report_date, municipality, children_5_18, coalesce(covered, 0), coalesce(covered_tech, 0),
               coalesce(children_ovz, 0), coalesce(covered_ovz, 0)
        FROM coverage
        ORDER BY report_date, municipality
        """;

    private const string CoverageIncompleteSql = """
        SELECT count(*) FROM coverage
        WHERE covered IS NULL OR covered_tech IS NULL OR (covered_ovz IS NULL AND coalesce(children_ovz, 0) > 0)
        """;

    private const string TargetsSql = """
        SELECT indicator_code, indicator_name, municipality, deadline, target_value, at_least
        FROM targets
        ORDER BY indicator_code, municipality NULLS FIRST, deadline
        """;

    /// <summary>Reads every input; notes about rows that could not be used are added to <paramref name="messages"/> (Russian).</summary>
    public static AnalyticsInput Read(DuckDBConnection connection, ICollection<string> messages)
    {
        var strings = new StringPool();
        var egeIncomplete = connection.Scalar<long>(EgeIncompleteSql);
        if (egeIncomplete > 0)
        {
            messages.Add(Invariant($"ЕГЭ: строк без среднего тестового балла или без числа не преодолевших минимальный порог — {egeIncomplete}; они не учтены"));
        }

        var coverageIncomplete = connection.Scalar<long>(CoverageIncompleteSql);
        if (coverageIncomplete > 0)
        {
            messages.Add(Invariant($"Охват дополнительным образованием: строк с пустыми численностями — {coverageIncomplete}; пустое значение учтено как 0"));
        }

        return new AnalyticsInput(
            ReadSchools(connection, strings),
            ReadWorks(connection, strings),
            ReadVprMarks(connection, strings),
            ReadEge(connection, strings),
            ReadContext(connection, strings),
            ReadCoverage(connection, strings),
            ReadTargets(connection));
    }

    private static List<SchoolInfo> ReadSchools(DuckDBConnection connection, StringPool strings) =>
        Rows(connection, SchoolsSql, r => new SchoolInfo(
            strings.Get(r.GetString(0)),
            r.GetString(1),
            strings.Get(r.GetString(2)),
            strings.Get(r.GetString(3)),
            strings.Get(r.GetString(4)),
            r.GetBoolean(5),
            NullableInt(r, 6)));

    private static List<IndividualWork> ReadWorks(DuckDBConnection connection, StringPool strings)
    {
        var groups = Rows(connection, WorkGroupsSql, r => (
            Year: r.GetInt32(2),
            Login: strings.Get(r.GetString(3)),
            Procedure: new ProcedureKey(r.GetString(1) == "ВПР" ? ProcedureKind.Vpr : ProcedureKind.Oge, strings.Get(r.GetString(4)), r.GetInt32(5))),
            OgeGrade);

        var works = new List<IndividualWork>();
        using var cmd = connection.Command(WorksSql, OgeGrade);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var group = groups[reader.GetInt32(0)];
            var work = new IndividualWork(group.Year, group.Login, group.Procedure, NullableDouble(reader, 1), NullableInt(reader, 2), NullableInt(reader, 3));
            var copies = reader.GetInt32(4);
            for (var i = 0; i < copies; i++)
            {
                works.Add(work);
            }
        }

        return works;
    }

    private static List<MarkShares> ReadVprMarks(DuckDBConnection connection, StringPool strings) =>
        Rows(connection, VprMarksSql, r => new MarkShares(
            r.GetInt32(0),
            strings.Get(r.GetString(1)),
            new ProcedureKey(ProcedureKind.Vpr, strings.Get(r.GetString(2)), r.GetInt32(3)),
            r.GetInt32(4),
            r.GetDouble(5),
            r.GetDouble(6),
            r.GetDouble(7),
            r.GetDouble(8)));

    private static List<EgeSchoolResult> ReadEge(DuckDBConnection connection, StringPool strings) =>
        Rows(connection, EgeSql, r => new EgeSchoolResult(
            r.GetInt32(0), strings.Get(r.GetString(1)), strings.Get(r.GetString(2)), r.GetInt32(3), r.GetDouble(4), r.GetInt32(5)));

    private static List<SchoolContext> ReadContext(DuckDBConnection connection, StringPool strings) =>
        Rows(connection, ContextSql, r => new SchoolContext(
            r.GetInt32(0),
            strings.Get(r.GetString(1)),
            NullableDouble(r, 2),
            NullableDouble(r, 3),
            NullableDouble(r, 4),
            NullableDouble(r, 5),
            NullableDouble(r, 6),
            NullableDouble(r, 7)));

    private static List<CoverageRow> ReadCoverage(DuckDBConnection connection, StringPool strings) =>
        Rows(connection, CoverageSql, r => new CoverageRow(
            DateOnly.FromDateTime(r.GetDateTime(0)),
            strings.Get(r.GetString(1)),
            r.GetInt32(2),
            r.GetInt32(3),
            r.GetInt32(4),
            r.GetInt32(5),
            r.GetInt32(6)));

    private static List<Target> ReadTargets(DuckDBConnection connection) =>
        Rows(connection, TargetsSql, r => new Target(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            DateOnly.FromDateTime(r.GetDateTime(3)),
            r.GetDouble(4),
            r.GetBoolean(5) ? TargetCondition.AtLeast : TargetCondition.AtMost));

    internal static List<T> Rows<T>(DuckDBConnection connection, string sql, Func<DbDataReader, T> map, params object?[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
