using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// The save appends procedure_results and task_results on a thread of its own while the caller computes the rest:
/// whatever fails, and wherever, the previous results stay whole and the connection stays usable.
/// </summary>
[Collection(RegionCollection.Name)]
public sealed class ResultSaveTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 9, 1);

    private readonly string _directory = Directory.CreateTempSubdirectory("edu-result-save-").FullName;
    private readonly Database _database;
    private readonly AnalyticsResult _result;
    private readonly Dictionary<string, long> _previous;
    private readonly LoadedRegion _region;

    public ResultSaveTests(RegionFixture fixture)
    {
        _region = fixture.Region;
        // A copy of the loaded and recomputed region: its stored results are the «previous» ones.
        var path = Path.Combine(_directory, "analytics.duckdb");
        File.Copy(fixture.Region.Database.Path, path);
        if (File.Exists(fixture.Region.Database.Path + ".wal"))
        {
            File.Copy(fixture.Region.Database.Path + ".wal", path + ".wal");
        }

        _database = new Database(path, fixture.Region.Database.Schema);
        using var connection = _database.Open();
        _result = AnalyticsEngine.Compute(AnalyticsInputReader.Read(connection, []), fixture.Region.Options, AsOf);
        _previous = Counts(connection);
        _previous[ResultTables.ProcedureResults].Should().BeGreaterThan(1000);
        _previous[ResultTables.TaskResults].Should().BeGreaterThan(1000);
    }

    // A failed save must not leave a few of the new rows behind: the new results are much smaller than the previous.
    private AnalyticsResult Small => _result with
    {
        ProcedureResults = _result.ProcedureResults.Take(10).ToList(),
        TaskResults = _result.TaskResults.Take(10).ToList(),
        ObjectivityLevels = _result.ObjectivityLevels.Take(1).ToList(),
    };

    [Fact]
    public void AFailureOnTheSaveThreadLeavesThePreviousResults()
    {
        using var connection = _database.Open();
        connection.Execute("ALTER TABLE task_results ADD COLUMN unexpected INTEGER");

        var save = () =>
        {
            using var saving = ResultSave.Begin(connection);
            saving.StartProcedureResults(Small.ProcedureResults);
            saving.StartTaskResults(Small.TaskResults);
            saving.Finish(Small, Record());
        };

        // The save thread's own exception reaches the caller.
        save.Should().Throw<InvalidOperationException>().WithMessage("*task_results*");
        Counts(connection).Should().Equal(_previous);
    }

    [Fact]
    public void AFailureAfterTheBulkTablesLeavesThePreviousResults()
    {
        using var connection = _database.Open();
        connection.Execute("ALTER TABLE objectivity_levels ADD COLUMN unexpected INTEGER");

        var save = () =>
        {
            using var saving = ResultSave.Begin(connection);
            saving.StartProcedureResults(Small.ProcedureResults);
            saving.Finish(Small, Record());
        };

        save.Should().Throw<InvalidOperationException>().WithMessage("*objectivity_levels*");
        Counts(connection).Should().Equal(_previous);
    }

    [Fact]
    public void ACallerFailingWhileTheBulkTablesAreWrittenLeavesThePreviousResultsAndAUsableConnection()
    {
        using var connection = _database.Open();

        var save = () =>
        {
            using var saving = ResultSave.Begin(connection);
            saving.StartProcedureResults(_result.ProcedureResults);
            saving.StartTaskResults(_result.TaskResults);
            throw new InvalidOperationException("the engine failed");
        };

        save.Should().Throw<InvalidOperationException>().WithMessage("the engine failed");
        Counts(connection).Should().Equal(_previous);

        using (var saving = ResultSave.Begin(connection))
        {
            saving.Finish(Small, Record());
        }

        Counts(connection)[ResultTables.ProcedureResults].Should().Be(10);
    }

    [Fact]
    public void TablesHandedOverEarlyAreTheTablesSavedAtTheEnd()
    {
        using var connection = _database.Open();
        using (var saving = ResultSave.Begin(connection))
        {
            saving.Finish(_result, Record());
        }

        var atTheEnd = Contents(connection);
        using (var saving = ResultSave.Begin(connection))
        {
            saving.StartProcedureResults(_result.ProcedureResults);
            saving.StartTaskResults(_result.TaskResults);
            saving.Finish(_result, Record());
        }

        Contents(connection).Should().Equal(atTheEnd);
    }

    [Fact]
    public void The_recompute_stores_the_task_results_it_computes_while_appending_them_as_the_engine_computes_them()
    {
        using (var connection = _database.Open())
        using (var saving = ResultSave.Begin(connection))
        {
            saving.Finish(_result, Record());
        }

        List<string> held;
        using (var connection = _database.Open())
        {
            held = Contents(connection);
        }

        AnalyticsService.Recompute(_database, _region.Options, _region.Time);

        using var after = _database.Open();
        Contents(after).Should().Equal(held);
        held.Should().Contain(row => row.StartsWith(ResultTables.TaskResults, StringComparison.Ordinal));
    }

    [Fact]
    public void DuckDbKeepsLittleMemoryWhileTheResultsAreSavedAndItsDefaultAfterASaveOrAFailure()
    {
        using var connection = _database.Open();
        var byDefault = Limit(connection);

        string whileSaving;
        using (var saving = ResultSave.Begin(connection))
        {
            whileSaving = Limit(connection);
            saving.Finish(Small, Record());
        }

        var afterSaving = Limit(connection);
        var failing = () =>
        {
            using var saving = ResultSave.Begin(connection);
            throw new InvalidOperationException("the engine failed");
        };
        failing.Should().Throw<InvalidOperationException>();

        whileSaving.Should().Be("244.1 MiB").And.NotBe(byDefault);
        afterSaving.Should().Be(byDefault);
        Limit(connection).Should().Be(byDefault);
    }

    [Fact]
    public void ABulkTableIsHandedOverOnce()
    {
        using var connection = _database.Open();
        using var saving = ResultSave.Begin(connection);
        saving.StartProcedureResults(Small.ProcedureResults);

        var again = () => saving.StartProcedureResults(Small.ProcedureResults);

        again.Should().Throw<InvalidOperationException>();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static ComputationRecord Record() => new(LoadedRegion.Now, AsOf, 350, 0, TimeSpan.Zero, TimeSpan.Zero, "{}");

    private static string Limit(DuckDBConnection connection) => connection.Scalar<string>("SELECT current_setting('memory_limit')");

    private static Dictionary<string, long> Counts(DuckDBConnection connection) =>
        ResultTables.Replaced.Append(ResultTables.Computations)
            .ToDictionary(t => t, t => connection.Scalar<long>($"SELECT count(*) FROM {t}"));

    // Every stored row of the two bulk tables in stored order, as text.
    private static List<string> Contents(DuckDBConnection connection) =>
        [.. new[] { ResultTables.ProcedureResults, ResultTables.TaskResults }.SelectMany(t =>
            connection.Rows($"SELECT * FROM {t}", r => t + ": " + string.Join("|", r.Values())))];
}
