using System.Diagnostics;
using System.Text;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Loading;

/// <summary>A load killed in the middle leaves the database exactly as it was before.</summary>
public sealed class InterruptedLoadTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Killing_the_loading_process_mid_file_leaves_the_database_as_before()
    {
        _db.Load(Fixtures.Schools(_db)).Status.Should().Be(LoadStatus.Loaded);
        _db.Load(Fixtures.VprMarks(_db)).Status.Should().Be(LoadStatus.Loaded);
        var before = DatabaseSnapshot.Take(_db);
        var loadsBefore = _db.Scalar<int>("SELECT count(*) FROM loads");
        var big = WriteLargeVprCsv(_db.File("большой.csv"), rows: 400_000);

        using var child = CliProcess.Start("load", big, "--db", _db.Database.Path);
        // Wait until the child reports rows appended inside its transaction, then kill it hard.
        var appending = await WaitForProgress(child, TimeSpan.FromSeconds(90));
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();

        appending.Should().BeTrue("the child must be killed while it is writing, not before or after");
        DatabaseSnapshot.Take(_db).Should().Equal(before);
        _db.Scalar<int>("SELECT count(*) FROM loads").Should().Be(loadsBefore, "an interrupted load is not recorded as done");
        _db.Load(Fixtures.Ege(_db)).Status.Should().Be(LoadStatus.Loaded, "the database stays usable after the kill");
    }

    private static async Task<bool> WaitForProgress(Process child, TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            while (await child.StandardError.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.Contains("строк:", StringComparison.Ordinal) && !line.Contains("строк: 0", StringComparison.Ordinal)) return true;
            }
        }
        catch (OperationCanceledException)
        {
        }
        return false;
    }

    private static string WriteLargeVprCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine("ВПР 2024 Математика 5 класс");
        writer.WriteLine("ОО;Муниципалитет;Название ОО;Код участника;Класс;Вариант;1 (1б);2 (1б);3 (2б);Первичный балл;Отметка;Отметка по журналу");
        for (var i = 0; i < rows; i++)
        {
            var login = Fixtures.Logins[i % 2];
            writer.WriteLine($"{login};Лужский район;ОО;{i};5А;1;1;0;2;3;4;4");
        }
        return path;
    }
}
