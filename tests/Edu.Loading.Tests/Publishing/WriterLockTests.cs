using System.Collections.Concurrent;
using Edu.Loading.Tests.Support;
using Edu.Storage.Publishing;

namespace Edu.Loading.Tests.Publishing;

/// <summary>One writer at a time: a second one waits, hearing whom it waits for, and gives up after its wait with a Russian message.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_second_writer_waits_hearing_whom_it_waits_for_and_goes_on_when_the_first_lets_go()
    {
        var first = WriterSession.Begin(_db.Database, "загрузка «ЕГЭ 2024.xlsx»", PublishedFolder.Wait);
        var heard = new ConcurrentQueue<WriterNote?>();
        var second = Task.Run(() => WriterSession.Begin(_db.Database, "пересчёт аналитики", PublishedFolder.Wait, heard.Enqueue));

        await Eventually.Until(() => !heard.IsEmpty, "the second writer says it waits");
        second.IsCompleted.Should().BeFalse();
        var holder = heard.Single()!;
        holder.Purpose.Should().Be("загрузка «ЕГЭ 2024.xlsx»");
        holder.ProcessId.Should().Be(Environment.ProcessId);
        holder.Describe().Should().StartWith("загрузка «ЕГЭ 2024.xlsx» (").And.Contain($"процесс {Environment.ProcessId} на ");

        first.Dispose();
        using var session = await second.WaitAsync(TimeSpan.FromSeconds(30));
        WriterNote.Read(new DataFiles(_db.Database.Path))!.Purpose.Should().Be("пересчёт аналитики");
    }

    [Fact]
    public async Task A_waiting_writer_hears_when_the_holder_moves_on_to_other_work()
    {
        using var first = WriterSession.Begin(_db.Database, "загрузка «ЕГЭ 2024.xlsx»", PublishedFolder.Wait);
        var heard = new ConcurrentQueue<WriterNote?>();
        using var stop = new CancellationTokenSource();
        var second = Task.Run(() => WriterSession.Begin(_db.Database, "загрузка", PublishedFolder.Wait, heard.Enqueue, cancellation: stop.Token));
        await Eventually.Until(() => heard.Count == 1, "the second writer says it waits");

        first.Describe("пересчёт аналитики");

        await Eventually.Until(() => heard.Count == 2, "the second writer hears the new purpose");
        heard.Select(h => h!.Purpose).Should().Equal("загрузка «ЕГЭ 2024.xlsx»", "пересчёт аналитики");
        await stop.CancelAsync();
        await FluentActions.Awaiting(() => second).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_writer_kept_waiting_past_its_wait_gives_up_with_a_Russian_message_naming_the_holder()
    {
        using var first = WriterSession.Begin(_db.Database, "загрузка «ЕГЭ 2024.xlsx»", PublishedFolder.Wait);

        var second = () => WriterSession.Begin(_db.Database, "пересчёт аналитики", TimeSpan.FromMilliseconds(300));

        second.Should().Throw<WriterBusyException>()
            .WithMessage("база данных занята записью дольше 1 с: загрузка «ЕГЭ 2024.xlsx» (*процесс*). Повторите позже или увеличьте время ожидания (Database:WriterWait*");
    }
}
