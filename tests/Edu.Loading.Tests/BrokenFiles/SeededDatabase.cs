using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.BrokenFiles;

/// <summary>
/// A test database that already holds valid data of every kind, so a rejected file has something
/// to damage: a broken vpr-marks file has earlier vpr-marks rows of the same scope it could have
/// replaced, a broken schools file has a registry it could have overwritten. Loading fourteen files
/// for each of dozens of cases would dominate the suite, so the valid data is loaded once into a
/// template DuckDB file and each test gets a copy of that file.
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(BuildTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TestDatabase Create()
    {
        var db = new TestDatabase();
        Directory.CreateDirectory(db.Database.DataDirectory);
        File.Copy(Template.Value, db.Database.Path);
        return db;
    }

    private static string BuildTemplate()
    {
        var target = Path.Combine(Path.GetTempPath(), $"edu-broken-template-{Environment.ProcessId}.duckdb");
        using (var seed = new TestDatabase())
        {
            string[] files =
            [
                Fixtures.Schools(seed), Fixtures.Context(seed), Fixtures.VprIndividual(seed), Fixtures.VprTasks(seed), Fixtures.VprMarks(seed),
                Fixtures.Oge(seed), Fixtures.Ege(seed), Fixtures.CoverageCsv(seed), Fixtures.Targets(seed),
                Fixtures.IndicatorValues(seed), Fixtures.Rosters(seed), Fixtures.Decisions(seed),
                Fixtures.SelfDiagnostics(seed), Fixtures.SelfDiagnosticsCriteria(seed),
            ];
            foreach (var file in files)
            {
                var outcome = seed.Load(file);
                if (outcome.Status != LoadStatus.Loaded)
                    throw new InvalidOperationException($"seed file {outcome.File} was not loaded: {string.Join("; ", outcome.Problems)}");
            }
            // Every connection is closed by now, so DuckDB has checkpointed and the file alone is the database.
            File.Copy(seed.Database.Path, target, overwrite: true);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(target);
        return target;
    }
}
