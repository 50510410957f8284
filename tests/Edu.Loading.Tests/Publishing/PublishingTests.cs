using DuckDB.NET.Data;
using Edu.Loading.Tests.Support;
using Edu.Reference;
using Edu.Storage;
using Edu.Storage.Publishing;

namespace Edu.Loading.Tests.Publishing;

/// <summary>
/// The writer publishes what it committed as a read-only version; readers open the version the pointer names, keep it
/// while a newer one is published and switch on their next query; versions nobody holds are removed.
/// </summary>
public sealed class PublishingTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly PublishedFolder _published;

    public PublishingTests() => _published = new PublishedFolder(_db);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_writer_session_publishes_what_it_committed_as_a_version_readers_can_only_read()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db))!.Version.Should().Be(1);

        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        using var connection = readers.Open();
        connection.Scalar<long>("SELECT count(*) FROM schools").Should().Be(6);
        var write = () => connection.Execute("DELETE FROM schools");
        write.Should().Throw<DuckDBException>().WithMessage("*read-only*");
    }

    [Fact]
    public void A_reader_keeps_its_version_while_a_newer_one_is_published_and_switches_on_its_next_query()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        using var before = readers.Open();

        _published.LoadAndPublish(Fixtures.VprMarks(_db))!.Version.Should().Be(2);

        before.Scalar<long>("SELECT count(*) FROM vpr_marks").Should().Be(0, "a query in flight reads the version it started on");
        readers.Current().Version.Should().Be(2);
        using var after = readers.Open();
        after.Scalar<long>("SELECT count(*) FROM vpr_marks").Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_session_that_changed_nothing_publishes_nothing()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));

        using (var session = WriterSession.Begin(_db.Database, "тест", PublishedFolder.Wait))
        {
            using (var connection = session.Database.Open()) connection.Scalar<long>("SELECT count(*) FROM schools");
            session.Publish().Should().BeNull("opening and reading the working file is no commit");
        }
        _published.Versions.Should().Equal(1);
    }

    [Fact]
    public void Versions_nobody_holds_are_removed_and_a_held_one_stays_until_its_reader_moves_on()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        readers.Current().Version.Should().Be(1);

        _published.LoadAndPublish(Fixtures.VprMarks(_db));
        _published.Versions.Should().Equal([1, 2], "the reader still holds version 1");

        readers.Current().Version.Should().Be(2);
        _published.LoadAndPublish(Fixtures.Ege(_db));
        _published.Versions.Should().Equal([2, 3], "version 1 was let go when the reader moved to 2, which it holds now");
    }

    [Fact]
    public void A_version_kept_for_a_reader_that_has_stopped_is_removed_at_the_next_start()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));
        using (var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait))
        {
            readers.Current().Version.Should().Be(1);
            _published.LoadAndPublish(Fixtures.VprMarks(_db));
            _published.Versions.Should().Equal([1, 2]);
        }

        using var start = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        start.CatchUpNow()!.Version.Should().Be(2);
        _published.Versions.Should().Equal(2);
    }

    [Fact]
    public void A_commit_made_outside_a_writer_session_is_published_by_the_next_reader_when_no_writer_is_at_work()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        readers.Current().Version.Should().Be(1);

        _db.Load(Fixtures.VprMarks(_db)).Status.Should().Be(LoadStatus.Loaded);

        readers.Current().Version.Should().Be(2);
        _published.Scalar<long>(2, "SELECT count(*) FROM vpr_marks").Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_reader_does_not_publish_for_a_writer_at_work_and_reads_the_version_it_has()
    {
        _published.LoadAndPublish(Fixtures.Schools(_db));
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);

        using (var session = WriterSession.Begin(_db.Database, "загрузка", PublishedFolder.Wait))
        {
            _db.Load(Fixtures.VprMarks(_db)).Status.Should().Be(LoadStatus.Loaded);
            readers.Current().Version.Should().Be(1, "the writer publishes when it is done; a reader neither waits nor publishes for it");
            using var connection = readers.Open();
            connection.Scalar<long>("SELECT count(*) FROM vpr_marks").Should().Be(0);
            session.Publish()!.Version.Should().Be(2);
        }
        readers.Current().Version.Should().Be(2);
    }

    [Fact]
    public void A_reader_that_knows_tables_the_published_version_lacks_publishes_them()
    {
        // Published by a writer made of the loader alone; the reader's process has the analytics' tables too.
        var loaderOnly = new Database(_db.Database.Path, Schema.Of(LoadingSchema.Migrations));
        using (var session = WriterSession.Begin(loaderOnly, "загрузка", PublishedFolder.Wait)) session.Publish();
        var has = () => _published.Scalar<long>(_published.Pointed, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'analytics_computations'");
        has().Should().Be(0);

        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);

        readers.Current().Version.Should().Be(2);
        has().Should().Be(1);
    }

    [Fact]
    public void The_first_reader_of_a_new_database_publishes_its_first_version()
    {
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);

        using var connection = readers.Open();

        connection.Scalar<long>("SELECT count(*) FROM schools").Should().Be(0);
        _published.Pointed.Should().Be(1);
    }
}
