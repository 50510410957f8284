using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Loading;

/// <summary>The committed data-samples/ load through the real command line, and a second run changes nothing.</summary>
public sealed class SampleDataCliTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Loading_data_samples_twice_loads_every_file_once()
    {
        var samples = Path.Combine(RepoPaths.Root, "data-samples");
        var files = Directory.GetFiles(samples).Count(f => Path.GetExtension(f) is ".xlsx" or ".xls" or ".csv");

        var first = await CliProcess.Run("load", samples, "--db", _db.Database.Path);
        first.ExitCode.Should().Be(0, first.Output);
        first.Output.Should().Contain($"Итого: файлов {files}; загружено {files} ").And.Contain("отклонено 0");
        var before = DatabaseSnapshot.Take(_db);

        var second = await CliProcess.Run("load", samples, "--db", _db.Database.Path);
        second.ExitCode.Should().Be(0, second.Output);
        second.Output.Should().Contain($"загружено 0 (строк 0); уже загружено ранее {files}; отклонено 0");
        second.Output.Split('\n').Count(l => l.Contains("уже загружен ранее", StringComparison.Ordinal)).Should().Be(files);
        DatabaseSnapshot.Take(_db).Should().Equal(before);
    }

    [Fact]
    public async Task A_rejected_file_makes_load_exit_with_code_2_while_the_others_load()
    {
        var good = Fixtures.Schools(_db);
        var bad = _db.File("пустой.xlsx");
        await File.WriteAllBytesAsync(bad, []);

        var result = await CliProcess.Run("load", good, bad, "--db", _db.Database.Path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().Contain("пустой.xlsx: отклонён").And.Contain("файл пуст (0 байт)").And.Contain("загружено 1");
        _db.Scalar<int>("SELECT count(*) FROM schools").Should().Be(6);
    }
}
