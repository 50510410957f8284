using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// Task results through the real recompute: DuckDB sums the stored task score lists (a blank counts 0, a work without
/// a primary score is not in G) and the result table holds the rates, flags and codifier texts.
/// </summary>
public sealed class TaskResultsRecomputeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("edu-tasks-").FullName;
    private readonly Database _database;

    public TaskResultsRecomputeTests() =>
        _database = new Database(Path.Combine(_directory, "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Rates_count_a_blank_score_as_0_leave_absent_participants_out_and_rate_an_uncounted_school_only_in_its_municipality_and_the_region()
    {
        using (var connection = _database.Open())
        {
            foreach (var (login, municipality) in new[] { ("a", "Лужский район"), ("b", "Лужский район"), ("c", "Гатчинский район") })
            {
                connection.Execute("INSERT INTO schools VALUES ($p0, $p0, 'Школа ' || $p0, $p1, 'Южный округ', 'СОШ', false, 300, 1)", login, municipality);
            }

            connection.Execute("INSERT INTO vpr_tasks VALUES (2024, 'Математика', 5, 1, '1', 1, 1), (2024, 'Математика', 5, 2, '2', 2, 1)");
            connection.Execute("INSERT INTO vpr_task_requirements VALUES (2024, 'Математика', 5, '1', 'Сравнивать натуральные числа', 1, 2), (2024, 'Математика', 5, '2', NULL, NULL, 2)");
            // a: 5 works [1, 1] and 5 works [0, blank], all «3»; one absent participant (no score, no mark, tasks «X»).
            // b: 9 works [1, 2] «4» — fewer than 10 participants, not counted. c: 10 works [1, 2] «5».
            Works(connection, "a", 5, "[1, 1]", 3);
            Works(connection, "a", 5, "[0, NULL]", 3);
            connection.Execute("INSERT INTO vpr_works VALUES (999, 2024, 'Математика', 5, 'a', 'absent', '5А', '1', NULL, NULL, NULL, [NULL, NULL]::DOUBLE[], 1)");
            Works(connection, "b", 9, "[1, 2]", 4);
            Works(connection, "c", 10, "[1, 2]", 5);
        }

        AnalyticsService.Recompute(_database, new AnalyticsOptions(), TimeProvider.System);

        // Region: 29 works; task 1: 5 + 9 + 10 = 24 of 29; task 2: 5 + 18 + 20 = 43 of 58. Лужский (a, b): 19 works, 14 of 19 and 23 of 38.
        // a: 10 works; task 1: 5 of 10 = 50 (not below 50, 32.8 points behind); task 2: 5 of 20 = 25.
        var rows = ResultRows.Read(_database, """
            SELECT level, login, municipality, task_label, requirement, works, rate, region_rate, below_mastery, lags
            FROM task_results ORDER BY CASE level WHEN 'регион' THEN 0 WHEN 'муниципалитет' THEN 1 ELSE 2 END, municipality, login, task_no
            """);
        rows.Select(r => ((string)r[0]!, (string?)r[1], (string?)r[2], (string)r[3]!, (string?)r[4], (int)r[5]!)).Should().Equal(
            ("регион", null, null, "1", "Сравнивать натуральные числа", 29), ("регион", null, null, "2", null, 29),
            ("муниципалитет", null, "Гатчинский район", "1", "Сравнивать натуральные числа", 10), ("муниципалитет", null, "Гатчинский район", "2", null, 10),
            ("муниципалитет", null, "Лужский район", "1", "Сравнивать натуральные числа", 19), ("муниципалитет", null, "Лужский район", "2", null, 19),
            ("ОО", "c", "Гатчинский район", "1", "Сравнивать натуральные числа", 10), ("ОО", "c", "Гатчинский район", "2", null, 10),
            ("ОО", "a", "Лужский район", "1", "Сравнивать натуральные числа", 10), ("ОО", "a", "Лужский район", "2", null, 10));
        rows.Select(r => (double)r[6]!).Should().Equal([2400.0 / 29, 4300.0 / 58, 100, 100, 1400.0 / 19, 2300.0 / 38, 100, 100, 50, 25], (x, y) => Math.Abs(x - y) < 1e-9);
        rows.Should().AllSatisfy(r => ((double)r[7]!).Should().BeApproximately((string)r[3]! == "1" ? 2400.0 / 29 : 4300.0 / 58, 1e-9));
        rows.Select(r => ((bool)r[8]!, (bool?)r[9])).Should().Equal(
            (false, null), (false, null), (false, null), (false, null), (false, null), (false, null),
            (false, false), (false, false), (false, true), (true, true));
    }

    private static void Works(DuckDB.NET.Data.DuckDBConnection connection, string login, int count, string scores, int mark) =>
        connection.Execute($"""
            INSERT INTO vpr_works
            SELECT (hash($p0, i) % 1000000)::BIGINT, 2024, 'Математика', 5, $p0, $p0 || i, '5А', '1', list_sum({scores}::DOUBLE[]), $p1, $p1, {scores}::DOUBLE[], 1
            FROM range($p2) AS t(i)
            """, login, mark, count);
}
