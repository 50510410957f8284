using System.Diagnostics;
using Edu.Loading.Tests.Support;
using Edu.Storage;
using Edu.Storage.Publishing;
using Xunit.Abstractions;

namespace Edu.Loading.Tests.Publishing;

/// <summary>
/// A real writer (./edu compute in a child process) killed at several moments of its publish — before, during and
/// after the copy, around the renames: readers keep answering from a whole version, the pointer never names a file
/// that is not whole, and the next start publishes the computation the killed writer committed.
/// </summary>
public sealed class KilledPublishTests(ITestOutputHelper output) : IDisposable
{
    // Milliseconds after the writer says it starts publishing; the copy of this database takes some tens of them.
    private static readonly int[] Delays = [0, 2, 5, 10, 20, 35, 50, 80, 120, 200, 400];

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_writer_killed_at_any_moment_of_a_publish_leaves_readers_on_a_whole_version_and_the_next_start_recovers()
    {
        var published = new PublishedFolder(_db);
        using (var session = WriterSession.Begin(_db.Database, "подготовка", PublishedFolder.Wait))
        {
            _db.Load(Fixtures.Schools(_db));
            _db.Load(Fixtures.VprMarks(_db));
            // Ballast, so that copying the file takes long enough to be killed in the middle of it.
            using (var connection = session.Database.Open())
                connection.Execute("CREATE TABLE ballast AS SELECT range AS i, md5(range::VARCHAR) AS s FROM range(1500000)");
            session.Publish();
        }
        using var reader = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        using var held = reader.Open();
        var outcomes = new List<string>();

        foreach (var delay in Delays)
        {
            var computedBefore = Computations(_db.Database);
            var pointedBefore = published.Pointed;
            using var child = CliProcess.Start("compute", "--verbose", "--db", _db.Database.Path);
            (await UntilPublishing(child)).Should().BeTrue("the writer reaches its publish");
            await Task.Delay(delay);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();

            held.Scalar<long>("SELECT count(*) FROM schools").Should().Be(6, "a reader's open version keeps answering");
            var pointed = published.Pointed;
            pointed.Should().BeGreaterThanOrEqualTo(pointedBefore);
            var computations = published.Scalar<long>(pointed, "SELECT count(*) FROM analytics_computations");
            computations.Should().BeOneOf([computedBefore, computedBefore + 1], "the pointer names a whole version, old or new");
            outcomes.Add($"{delay,4} ms: {(pointed > pointedBefore ? "published" : "not published")}" +
                $"{(published.Temporary.Count > 0 ? ", half copy left" : "")}{(published.Versions.Any(v => v > pointed) ? ", unpointed copy left" : "")}");

            // The next start: a host's catch-up, as the dashboard does at start and ./edu does before it writes or reads.
            using (var start = new PublishedDatabase(_db.Database, PublishedFolder.Wait))
            {
                var recovered = start.CatchUpNow()!;
                published.Scalar<long>(recovered.Version, "SELECT count(*) FROM analytics_computations").Should().Be(Computations(_db.Database));
            }
            published.Temporary.Should().BeEmpty("the next start clears what the killed publish left");
            published.Versions.Should().OnlyContain(v => v <= published.Pointed);
        }
        foreach (var line in outcomes) output.WriteLine(line);
    }

    private static long Computations(Database database)
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT count(*) FROM analytics_computations");
    }

    private static async Task<bool> UntilPublishing(Process child)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        _ = child.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            while (await child.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.StartsWith("Публикация новой версии данных", StringComparison.Ordinal)) return true;
            }
        }
        catch (OperationCanceledException)
        {
        }
        return false;
    }
}
