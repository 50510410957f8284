using Edu.Reference;
using Edu.Storage;

namespace Edu.Bench;

/// <summary>
/// Builds the loaded-data tables of a region of N schools × 3 years straight in DuckDB with SQL.
/// Generating and loading spreadsheet files for 40,000 schools takes far longer than the recompute
/// being measured (about 5 minutes without individual files, hours with them), and the recompute
/// only sees the tables, so the benchmark writes rows of the same shape directly. Values come from
/// a hash of the row's keys: the same N always gives the same database, without a random state.
/// Shape per school and year: 20 ВПР procedures as vpr-marks; Математика 5 and Русский язык 5 as
/// individual works (with journal marks, so objectivity is judged, and task scores, so task results are
/// rated: 15 and 13 items as in the real papers, about one score in twenty blank); ОГЭ Русский язык and
/// Математика as individual works; 4 ЕГЭ subjects; all six context shares (a few missing); coverage and targets.
/// </summary>
internal static class SyntheticRegion
{
    public static readonly int[] Years = [2023, 2024, 2025];

    /// <summary>Part of the cached database's name: a change of the shape above must not reuse an older file.</summary>
    public const int Shape = 2;

    public static void Build(string path, int schools)
    {
        foreach (var f in new[] { path, path + ".wal" }) File.Delete(f);
        using var connection = BenchDatabase.At(path).Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("""
            CREATE TEMP MACRO u(a, b) AS (hash(a, b) % 1000003)::DOUBLE / 1000003;
            CREATE TEMP MACRO z(a, b) AS (u(a, b) + u(a, b + 7919) + u(a, b + 15881) - 1.5) * 2;
            CREATE TEMP MACRO clip(x, lo, hi) AS greatest(lo, least(hi, x));
            CREATE TEMP TABLE bench_years AS SELECT unnest([2023, 2024, 2025]) AS year;
            CREATE TEMP TABLE bench_municipalities (idx INTEGER, name VARCHAR, district VARCHAR);
            """);
        var municipalities = MunicipalityDirectory.LoadDefault().All;
        for (var i = 0; i < municipalities.Count; i++)
        {
            connection.Execute("INSERT INTO bench_municipalities VALUES ($p0, $p1, $p2)", i, municipalities[i].Name, municipalities[i].District);
        }

        connection.Execute(PapersSql);
        connection.Execute(SchoolsSql, schools, municipalities.Count);
        connection.Execute(SchoolsInsertSql);
        connection.Execute(ContextSql);
        connection.Execute(VprMarksSql);
        connection.Execute(VprWorksSql);
        connection.Execute(VprTasksSql);
        connection.Execute(OgeSql);
        connection.Execute(EgeSql);
        connection.Execute(CoverageSql);
        connection.Execute(TargetsSql);
        tx.Commit();
    }

    // Quality (q) leans on context (c), as in real data, so the value-added model has something to explain.
    private const string SchoolsSql = """
        CREATE TEMP TABLE bench_schools AS
        SELECT i, printf('sch%07d', i) AS login, z(i, 20) AS c, 0.5 * z(i, 20) + 0.85 * z(i, 10) AS q,
               (60 + u(i, 2) * 940)::INTEGER AS enrolment, m.name AS municipality, m.district
        FROM range($p0) AS t(i) JOIN bench_municipalities AS m ON m.idx = i % $p1
        """;

    private const string SchoolsInsertSql = """
        INSERT INTO schools
        SELECT login, lpad(i::VARCHAR, 7, '0'), 'Школа № ' || i, municipality, district,
               CASE WHEN i % 25 = 0 THEN 'гимназия' WHEN i % 25 = 1 THEN 'лицей' WHEN i % 9 = 0 THEN 'ООШ' ELSE 'СОШ' END,
               u(i, 1) < 0.4, enrolment, 0
        FROM bench_schools;
        """;

    private const string ContextSql = """
        INSERT INTO school_context
        SELECT y.year, s.login,
               CASE WHEN u(s.i, y.year + 1) < 0.05 THEN NULL ELSE clip(20 - 8 * s.c + 3 * z(s.i, y.year + 11), 0, 100) END,
               clip(6 - 2 * s.c + 1.5 * z(s.i, y.year + 12), 0, 100),
               CASE WHEN u(s.i, y.year + 2) < 0.05 THEN NULL ELSE clip(5 - 3 * s.c + 2 * z(s.i, y.year + 13), 0, 100) END,
               clip(35 + 10 * s.c + 4 * z(s.i, y.year + 14), 0, 100),
               clip(25 - 6 * s.c + 3 * z(s.i, y.year + 15), 0, 100),
               clip(92 + 3 * s.c + 2 * z(s.i, y.year + 16), 0, 100),
               0
        FROM bench_schools AS s, bench_years AS y;
        """;

    private const string VprMarksSql = """
        WITH procs AS (
            SELECT * FROM (VALUES
                ('Русский язык', 4), ('Математика', 4), ('Окружающий мир', 4), ('История', 5), ('Биология', 5),
                ('Русский язык', 6), ('Математика', 6), ('История', 6), ('Биология', 6), ('География', 6),
                ('Русский язык', 7), ('Математика', 7), ('Физика', 7), ('Обществознание', 7), ('География', 7),
                ('Русский язык', 8), ('Математика', 8), ('Химия', 8), ('Физика', 8), ('История', 8)) AS p(subject, grade)
        ),
        rows AS (
            SELECT y.year, s.login, p.subject, p.grade,
                   greatest(3, (s.enrolment / 11.0 * (0.8 + 0.4 * u(s.i, y.year * 100 + p.grade)))::INTEGER) AS participants,
                   clip(9 - 6 * (s.q + 0.4 * z(s.i, y.year * 100 + p.grade + hash(p.subject) % 97)), 0, 50) AS s2,
                   clip(40 - 5 * s.q, 10, 60) AS s3,
                   clip(35 + 3 * s.q, 10, 45) AS s4,
                   clip(18 + 7 * s.q, 2, 40) AS s5
            FROM bench_schools AS s, bench_years AS y, procs AS p
        )
        INSERT INTO vpr_marks
        SELECT year, subject, grade, login, participants,
               s2 * 100 / (s2 + s3 + s4 + s5), s3 * 100 / (s2 + s3 + s4 + s5), s4 * 100 / (s2 + s3 + s4 + s5), s5 * 100 / (s2 + s3 + s4 + s5), 0
        FROM rows;
        """;

    private const string VprWorksSql = """
        WITH groups AS (
            SELECT y.year, s.i, s.login, s.q, p.subject, p.grade, p.max, p.tasks,
                   greatest(3, (s.enrolment / 11.0 * (0.8 + 0.4 * u(s.i, y.year * 10 + p.grade)))::INTEGER) AS n,
                   -- a few schools inflate: high scores, journal marks that do not follow them
                   u(s.i, 77) < 0.01 AND s.q < 0.5 AS inflated
            FROM bench_schools AS s, bench_years AS y, bench_papers AS p
        ),
        works AS (
            SELECT year, i, login, q, subject, grade, max, tasks, inflated, unnest(range(n)) AS k FROM groups
        ),
        scored AS (
            SELECT *, round(clip(max * (CASE WHEN inflated THEN 0.9 ELSE 0.55 + 0.12 * q END + 0.18 * z(i * 1000 + k, year + grade)), 0, max)) AS score
            FROM works
        ),
        marked AS (
            SELECT *, CASE WHEN score < 0.3 * max THEN 2 WHEN score < 0.55 * max THEN 3 WHEN score < 0.8 * max THEN 4 ELSE 5 END AS mark
            FROM scored
        )
        INSERT INTO vpr_works
        SELECT row_number() OVER (), year, subject, grade, login, printf('%d-%d', i, k), '5А', '1', score, mark,
               CASE WHEN inflated THEN 2 + (u(i * 1000 + k, year + 3) * 4)::INTEGER % 4
                    ELSE clip(mark + CASE WHEN u(i * 1000 + k, year + 5) > 0.85 THEN 1 WHEN u(i * 1000 + k, year + 5) < 0.1 THEN -1 ELSE 0 END, 2, 5) END,
               -- each item near the work's share of the maximum; about one in twenty left blank («X»)
               list_transform(tasks, (m, t) -> CASE WHEN u(i * 1000 + k, year * 100 + t) < 0.05 THEN NULL
                                                   ELSE round(clip(m * (score / max + 0.3 * (u(i * 1000 + k, year * 100 + t + 50) - 0.5)), 0, m)) END),
               0
        FROM marked;
        """;

    // The papers' items and their maxima (Математика 5: 15 items, 20 points; Русский язык 5: 13 items, 45 points).
    private const string PapersSql = """
        CREATE TEMP TABLE bench_papers AS
        SELECT * FROM (VALUES
            ('Математика', 5, 20, [1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 2, 2, 2]::DOUBLE[]),
            ('Русский язык', 5, 45, [9, 3, 3, 3, 3, 4, 3, 3, 4, 3, 3, 2, 2]::DOUBLE[])) AS p(subject, grade, max, tasks)
        """;

    private const string VprTasksSql = """
        INSERT INTO vpr_tasks
        SELECT y.year, p.subject, p.grade, t.no, t.no::VARCHAR, p.tasks[t.no], 0
        FROM bench_years AS y, bench_papers AS p, LATERAL (SELECT unnest(range(1, len(p.tasks) + 1)) AS no) AS t;
        """;

    private const string OgeSql = """
        WITH groups AS (
            SELECT y.year, s.i, s.login, s.q, p.subject, p.max, p.min3, p.min4, p.min5,
                   greatest(2, (s.enrolment / 11.0 * (0.7 + 0.3 * u(s.i, y.year * 10 + 9)))::INTEGER) AS n
            FROM bench_schools AS s, bench_years AS y,
                 (VALUES ('Русский язык', 33, 15, 23, 29), ('Математика', 31, 8, 15, 22)) AS p(subject, max, min3, min4, min5)
        ),
        works AS (SELECT *, unnest(range(n)) AS k FROM groups),
        scored AS (
            SELECT *, round(clip(max * (0.6 + 0.1 * q + 0.17 * z(i * 1000 + k, year + 900)), 0, max)) AS score FROM works
        )
        INSERT INTO oge_results
        SELECT year, subject, make_date(year, 5, 25), '01', login, '9А', '0101', '1', md5(printf('%d-%d-%d', i, k, year)), score,
               CASE WHEN score >= min5 THEN 5 WHEN score >= min4 THEN 4 WHEN score >= min3 THEN 3 ELSE 2 END, 0
        FROM scored;
        """;

    private const string EgeSql = """
        INSERT INTO ege_results
        SELECT y.year, s.login, p.subject, n, clip(p.mean + 8 * s.q + 4 * z(s.i, y.year + hash(p.subject) % 89), 20, 95),
               least(n, greatest(0, (n * clip(0.05 - 0.04 * s.q, 0, 1) + 2 * z(s.i, y.year + 31))::INTEGER)), 0, 0, 0
        FROM bench_schools AS s, bench_years AS y,
             (VALUES ('Русский язык', 70, 0.9), ('Математика профильная', 56, 0.45), ('Обществознание', 58, 0.4), ('Физика', 55, 0.2)) AS p(subject, mean, share),
             LATERAL (SELECT greatest(1, (s.enrolment / 11.0 * p.share)::INTEGER) AS n)
        WHERE s.enrolment > 300;
        """;

    private const string CoverageSql = """
        INSERT INTO coverage
        SELECT d::DATE, m.name, 20000, (20000 * (0.7 + 0.01 * m.idx))::INTEGER, (20000 * (0.2 + 0.005 * m.idx))::INTEGER,
               1200, (1200 * (0.6 + 0.01 * m.idx))::INTEGER, 0
        FROM bench_municipalities AS m, range(DATE '2023-03-31', DATE '2026-01-01', INTERVAL 3 MONTH) AS t(d);
        """;

    private const string TargetsSql = """
        INSERT INTO targets VALUES
            ('DOP_5_18', 'Охват детей 5–18 лет дополнительным образованием, %', NULL, DATE '2025-12-31', 80, TRUE, 0),
            ('DOP_TECH', 'Охват технической и естественнонаучной направленностями, %', NULL, DATE '2025-12-31', 25, TRUE, 0),
            ('DOP_OVZ', 'Охват детей с ОВЗ, %', NULL, DATE '2026-12-31', 70, TRUE, 0),
            ('SHNOR_SHARE', 'Доля ШНОР, %', NULL, DATE '2026-06-30', 5, FALSE, 0),
            ('OBJECTIVITY', 'Уровень объективности, %', NULL, DATE '2026-06-30', 95, TRUE, 0);
        """;
}
