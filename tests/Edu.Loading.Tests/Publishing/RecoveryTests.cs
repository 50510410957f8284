using Edu.Loading.Tests.Support;
using Edu.Reference;
using Edu.Storage;
using Edu.Storage.Publishing;

namespace Edu.Loading.Tests.Publishing;

/// <summary>
/// What a writer killed at each step of a publish leaves behind, made step by step: readers keep reading the version
/// the pointer names, nothing half-written is ever named, and the next start (a host's, or the next writer) recovers.
/// The same, by killing a real writer process at random moments, is in <see cref="KilledPublishTests"/>.
/// </summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly PublishedFolder _published;

    public RecoveryTests()
    {
        _published = new PublishedFolder(_db);
        _published.LoadAndPublish(Fixtures.Schools(_db));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Killed_after_the_commit_before_the_publish_the_next_start_publishes_the_commit()
    {
        using (WriterSession.Begin(_db.Database, "загрузка", PublishedFolder.Wait))
            _db.Load(Fixtures.VprMarks(_db)).Status.Should().Be(LoadStatus.Loaded);
        _published.Pointed.Should().Be(1);

        using var start = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        start.CatchUpNow()!.Version.Should().Be(2);

        _published.Scalar<long>(2, "SELECT count(*) FROM vpr_marks").Should().BeGreaterThan(0);
        _published.Versions.Should().Equal(2);
    }

    [Fact]
    public void Killed_while_copying_the_half_copy_is_never_read_and_the_next_publish_clears_it()
    {
        _db.Load(Fixtures.VprMarks(_db));
        HalfWritten(_published.Files.Snapshot(2) + ".tmp");
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        var pointed = _published.Pointed;

        pointed.Should().Be(1);
        using (var connection = readers.Open(pointed)) connection.Scalar<long>("SELECT count(*) FROM schools").Should().Be(6);

        readers.CatchUpNow()!.Version.Should().Be(2);
        _published.Temporary.Should().BeEmpty();
        _published.Scalar<long>(2, "SELECT count(*) FROM vpr_marks").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Killed_between_the_copy_and_the_pointer_the_whole_copy_is_never_pointed_to_and_the_next_start_supersedes_it()
    {
        _db.Load(Fixtures.VprMarks(_db));
        // As the publisher leaves it when killed after renaming the copy into place, before writing the pointer.
        using (_db.Database.Open()) { }
        File.Copy(_db.Database.Path, _published.Files.Snapshot(2));
        _published.Pointed.Should().Be(1);

        using var start = new PublishedDatabase(_db.Database, PublishedFolder.Wait);
        start.CatchUpNow()!.Version.Should().Be(3, "a number a crashed publish used is not used again");

        _published.Versions.Should().Equal(3);
        _published.Scalar<long>(3, "SELECT count(*) FROM vpr_marks").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Killed_while_writing_the_pointer_readers_read_the_old_pointer_and_the_next_publish_clears_the_half_one()
    {
        HalfWritten(_published.Files.Pointer + ".tmp");
        using var readers = new PublishedDatabase(_db.Database, PublishedFolder.Wait);

        readers.Current().Version.Should().Be(1);

        _published.LoadAndPublish(Fixtures.VprMarks(_db))!.Version.Should().Be(2);
        _published.Temporary.Should().BeEmpty();
    }

    private static void HalfWritten(string path) => File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)0x5A, 4096)]);
}
