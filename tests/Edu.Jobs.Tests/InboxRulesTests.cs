using Edu.Jobs.Inbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Edu.Jobs.Tests;

/// <summary>When an inbox file counts as complete, and which names are ignored or made safe.</summary>
public sealed class InboxRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("edu-inbox-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void File_is_stable_only_after_the_quiet_period_with_size_and_write_time_unchanged()
    {
        var stability = new FileStability(_time, Options.Create(new JobsOptions { InboxQuietPeriod = TimeSpan.FromSeconds(5) }));
        var path = Path.Combine(_folder, "ВПР.xlsx");
        File.WriteAllBytes(path, new byte[100]);
        var file = new FileInfo(path);

        stability.IsStable(file).Should().BeFalse("a file is never taken on its first sighting");
        _time.Advance(TimeSpan.FromSeconds(3));
        stability.IsStable(file).Should().BeFalse("the quiet period has not passed");

        File.AppendAllText(path, "ещё данные"); // still being copied
        _time.Advance(TimeSpan.FromSeconds(3));
        stability.IsStable(file).Should().BeFalse("it grew since the last scan, so the clock starts again");
        _time.Advance(TimeSpan.FromSeconds(4));
        stability.IsStable(file).Should().BeFalse("only 4 s since it last changed");
        _time.Advance(TimeSpan.FromSeconds(1));
        stability.IsStable(file).Should().BeTrue();
    }

    [Fact]
    public void File_held_open_for_writing_is_not_stable()
    {
        var stability = new FileStability(_time, Options.Create(new JobsOptions { InboxQuietPeriod = TimeSpan.Zero }));
        var path = Path.Combine(_folder, "ОГЭ.xlsx");
        using var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        var file = new FileInfo(path);

        stability.IsStable(file).Should().BeFalse();
        stability.IsStable(file).Should().BeFalse("the writer still holds it");
    }

    [Theory]
    [InlineData("~$Отчёт.xlsx")]
    [InlineData(".Отчёт.xlsx")]
    [InlineData("Отчёт.xlsx.part")]
    [InlineData("Отчёт.tmp")]
    [InlineData("Thumbs.db")]
    public void Work_in_progress_and_system_files_are_ignored(string name) => FileNames.IsIgnored(name).Should().BeTrue();

    [Theory]
    [InlineData(@"C:\Users\analyst\Desktop\ВПР 2025.xlsx", "ВПР 2025.xlsx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..", "файл")]
    [InlineData("  Отчёт.xlsx  ", "Отчёт.xlsx")]
    public void Client_file_names_lose_every_path_part(string clientName, string safe) => FileNames.Safe(clientName).Should().Be(safe);

    [Fact]
    public void Archived_names_never_overwrite_each_other()
    {
        var folders = new InboxFolders(Options.Create(new JobsOptions
        {
            InboxFolder = Path.Combine(_folder, "in"),
            ArchiveFolder = Path.Combine(_folder, "archive"),
            RejectedFolder = Path.Combine(_folder, "rejected"),
        }), _time);
        folders.EnsureExist();
        var targets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var path = Path.Combine(folders.Inbox, "Отчёт.xlsx");
            File.WriteAllText(path, i.ToString());
            targets.Add(folders.ToArchive(path));
        }

        targets.Select(Path.GetFileName).Should().Equal(
            $"{Stamp()}_Отчёт.xlsx", $"{Stamp()}_Отчёт (2).xlsx", $"{Stamp()}_Отчёт (3).xlsx");
        targets.Select(File.ReadAllText).Should().Equal("0", "1", "2");
    }

    [Fact]
    public void Ticket_ids_are_checked_before_any_path_is_built()
    {
        var folders = new InboxFolders(Options.Create(new JobsOptions { InboxFolder = Path.Combine(_folder, "in") }), _time);

        var act = () => folders.FileOf("../../etc");

        act.Should().Throw<ArgumentException>();
        InboxTicket.IsValidId(InboxTicket.NewId(_time)).Should().BeTrue();
    }

    private string Stamp() => _time.GetLocalNow().ToString("yyyy-MM-dd_HH-mm-ss", System.Globalization.CultureInfo.InvariantCulture);
}
