using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Etl.Storage;
using static System.FormattableString;

namespace Edu.Analytics.Storage;

/// <summary>
/// Reads the loaded data (migration 0001 tables) into <see cref="AnalyticsInput"/>, only the columns
/// the engine uses. Individual works dominate memory at country scale (tens of millions of rows), so
/// identical works of a school-procedure-year share one immutable <see cref="IndividualWork"/>
/// instance: the engine sees the same list, at the cost of a reference per work instead of an object
/// per work.
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

    // Works are streamed in table order (DuckDB preserves insertion order, so every run reads the
    // same list) with the group as a 64-bit hash instead of strings: a loaded file stores its works
    // school by school, so consecutive works share a group and the group's strings are looked up only
    // when it changes. Grouping or sorting tens of millions of rows by strings in SQL was measured
    // 20–30 s at country scale; this scan takes a few seconds.
    private const string WorkCountSql = "SELECT (SELECT count(*) FROM vpr_works) + (SELECT count(*) FROM oge_results)";

    private const string VprGroupsSql = """
        SELECT hash(year, login, subject, grade) AS h, year, login, subject, grade
        FROM vpr_works
        GROUP BY ALL
        """;

    private const string VprWorksSql = """
        SELECT hash(year, login, subject, grade), primary_score, mark, journal_mark FROM vpr_works
        """;

    private const string OgeGroupsSql = """
        SELECT hash(year, login, subject, $p0::INTEGER) AS h, year, login, subject, $p0::INTEGER
        FROM oge_results
        GROUP BY ALL
        """;

    private const string OgeWorksSql = """
        SELECT hash(year, login, subject, $p0::INTEGER), primary_score, mark, NULL::INTEGER FROM oge_results
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
        var works = new List<IndividualWork>(checked((int)connection.Scalar<long>(WorkCountSql)));
        ReadWorks(connection, ProcedureKind.Vpr, VprGroupsSql, VprWorksSql, strings, works);
        ReadWorks(connection, ProcedureKind.Oge, OgeGroupsSql, OgeWorksSql, strings, works);
        return works;
    }

    private static void ReadWorks(
        DuckDBConnection connection, ProcedureKind kind, string groupsSql, string worksSql, StringPool strings, List<IndividualWork> works)
    {
        var groups = new Dictionary<ulong, (int Year, string Login, ProcedureKey Procedure)>();
        foreach (var (hash, group) in Rows(connection, groupsSql, r => (
            r.GetFieldValue<ulong>(0),
            (r.GetInt32(1), strings.Get(r.GetString(2)), new ProcedureKey(kind, strings.Get(r.GetString(3)), r.GetInt32(4)))), OgeGrade))
        {
            if (!groups.TryAdd(hash, group))
            {
                throw new InvalidDataException($"Совпали хэши групп работ {group} и {groups[hash]}: пересчёт невозможен");
            }
        }

        // Identical works of the current group share one instance (records are immutable and equal).
        var current = ulong.MaxValue;
        (int Year, string Login, ProcedureKey Procedure) key = (0, string.Empty, default);
        var same = new Dictionary<(double?, int?, int?), IndividualWork>();
        using var cmd = connection.Command(worksSql, OgeGrade);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var hash = reader.GetFieldValue<ulong>(0);
            if (hash != current)
            {
                current = hash;
                key = groups[hash];
                same.Clear();
            }

            var values = (NullableDouble(reader, 1), NullableInt(reader, 2), NullableInt(reader, 3));
            if (!same.TryGetValue(values, out var work))
            {
                work = new IndividualWork(key.Year, key.Login, key.Procedure, values.Item1, values.Item2, values.Item3);
                same[values] = work;
            }

            works.Add(work);
        }
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
