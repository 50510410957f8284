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
    public async Task Task_results_and_shnor_dynamics_of_the_samples_export_through_the_command_line()
    {
        var samples = Path.Combine(RepoPaths.Root, "data-samples");
        (await CliProcess.Run("load", samples, "--db", _db.Database.Path)).ExitCode.Should().Be(0);
        var expected = _db.Scalar<long>("SELECT count(*) FROM task_results WHERE year = 2025 AND municipality = 'Лужский район'");
        expected.Should().BePositive();

        foreach (var file in new[] { "задания.csv", "задания.xlsx" })
        {
            var path = Path.Combine(_db.Directory, "out", file);
            var result = await CliProcess.Run("export", "task-results", "--year", "2025", "--municipality", "Лужский", "--out", path, "--db", _db.Database.Path);
            result.ExitCode.Should().Be(0, result.Output);
            result.Output.Should().Contain($"Выгружено: Выполнение заданий — строк {expected} → {path}");
        }

        File.ReadAllBytes(Path.Combine(_db.Directory, "out", "задания.csv")).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = File.ReadAllLines(Path.Combine(_db.Directory, "out", "задания.csv"));
        lines.Should().HaveCount((int)expected + 1);
        lines[0].Should().StartWith("Год;Процедура;Уровень;Логин ОО;Наименование;Муниципалитет;Номер задания;Проверяемые требования;");
        lines.Skip(1).Should().OnlyContain(l => l.Split(';')[5] == "Лужский район");
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(_db.Directory, "out", "задания.xlsx")))
        {
            // The rows under the document heading and the header at row 5, as every export's.
            workbook.Worksheet(1).LastRowUsed()!.RowNumber().Should().Be((int)expected + Edu.Spreadsheets.DocumentSheet.HeaderRow);
        }

        var dynamics = await CliProcess.Run("export", "shnor-dynamics", "--out", Path.Combine(_db.Directory, "out", "динамика.csv"), "--db", _db.Database.Path);
        dynamics.ExitCode.Should().Be(0, dynamics.Output);
        File.ReadAllLines(Path.Combine(_db.Directory, "out", "динамика.csv")).Skip(1).Should().Contain(l => l.Contains(";вышла из ШНОР;"))
            .And.Contain(l => l.Contains(";вошла в ШНОР;"));
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
