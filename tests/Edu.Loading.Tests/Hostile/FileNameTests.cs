using System.Text;
using Edu.Loading.Tests.BrokenFiles;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Hostile;

/// <summary>
/// A file's own name never decides whether it loads: the names we derive from it (archive, error report) are
/// bounded and safe, the history keeps the name as it came, and one failing file never stops a batch.
/// </summary>
public sealed class FileNameTests : IDisposable
{
    // 124 Cyrillic letters and «.xlsx»: 253 bytes, a name the file system allows; with a hash in front it does not.
    private static readonly string LongStem = string.Concat(Enumerable.Repeat("КонтекстныеДанные", 8))[..124];

    private readonly TestDatabase _db = new();

    public FileNameTests() => _db.LoadOk(Fixtures.Schools(_db), Headers.FileKind.Schools);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_file_with_a_name_near_the_file_systems_limit_loads_under_a_bounded_archive_name_and_the_history_keeps_its_name()
    {
        var name = LongStem + ".xlsx";
        Encoding.UTF8.GetByteCount(name).Should().BeInRange(250, 255);
        var path = Fixtures.Context(_db, name);

        var outcome = _db.LoadOk(path, Headers.FileKind.Context);

        _db.Scalar<string>("SELECT file_name FROM loads WHERE load_id = $p0", outcome.LoadId).Should().Be(name);
        var archived = Path.GetFileName(_db.Scalar<string>("SELECT archive_path FROM loads WHERE load_id = $p0", outcome.LoadId));
        Encoding.UTF8.GetByteCount(archived).Should().BeLessThanOrEqualTo(255);
        archived.Should().EndWith(".xlsx").And.Contain("КонтекстныеДанные");
    }

    [Fact]
    public void A_refused_upload_with_a_thousand_character_name_gets_a_bounded_error_report_and_the_history_keeps_the_name()
    {
        var name = string.Concat(Enumerable.Repeat("Очень длинное имя файла / с косой чертой ", 25)) + ".xlsx";
        var stored = BrokenInputs.VprMarks(_db, "upload.xlsx", BrokenInputs.Marks("sch479999"));

        var outcome = _db.Loader.Load(stored, name);

        outcome.Status.Should().Be(LoadStatus.Rejected);
        _db.Scalar<string>("SELECT file_name FROM loads WHERE load_id = $p0", outcome.LoadId).Should().Be(name);
        Encoding.UTF8.GetByteCount(Path.GetFileName(outcome.ErrorReportPath!)).Should().BeLessThanOrEqualTo(255);
        File.Exists(outcome.ErrorReportPath).Should().BeTrue();
    }

    [Fact]
    public void A_file_failing_in_a_way_the_loader_did_not_foresee_is_refused_with_the_reason_and_the_batch_goes_on()
    {
        // The archive's staging folder replaced by a file: storing any copy now throws, as a full or broken disk would.
        var staging = Path.Combine(_db.Database.DataDirectory, "archive", ".staging");
        Directory.Delete(staging, recursive: true);
        File.WriteAllText(staging, "не папка");
        var context = Fixtures.Context(_db);
        var schoolsAgain = _db.File("Справочник ОО (ещё раз).xlsx");
        File.Copy(_db.File("Справочник ОО.xlsx"), schoolsAgain);

        var outcomes = _db.Loader.LoadAll([context, schoolsAgain]);

        var failed = outcomes.Single(o => o.File == "Контекст 2024.xlsx");
        failed.Status.Should().Be(LoadStatus.Rejected);
        failed.Problems.Should().ContainSingle().Which.Message.Should()
            .StartWith("файл не загружен из-за внутренней ошибки программы (IOException:").And.EndWith("база данных не изменена — сообщите администратору");
        _db.Scalar<long>("SELECT count(*) FROM school_context").Should().Be(0, "the failed load was rolled back");
        _db.Scalar<string>("SELECT outcome FROM loads WHERE load_id = $p0", failed.LoadId).Should().Be("отклонён");
        outcomes.Single(o => o.File == "Справочник ОО (ещё раз).xlsx").Status.Should().Be(LoadStatus.AlreadyLoaded, "the batch went on");
    }

    [Fact]
    public async Task The_command_line_loads_a_batch_holding_a_long_named_file_and_reports_each_file()
    {
        var folder = Path.Combine(_db.Directory, "партия");
        Directory.CreateDirectory(folder);
        File.Copy(Fixtures.Context(_db), Path.Combine(folder, LongStem + ".xlsx"));
        File.Copy(Fixtures.Targets(_db), Path.Combine(folder, "Целевые показатели.xlsx"));
        File.Copy(BrokenInputs.VprMarks(_db, "чужая школа.xlsx", BrokenInputs.Marks("sch479999")), Path.Combine(folder, "ВПР чужая школа.xlsx"));

        var (exitCode, output) = await CliProcess.Run("load", folder, "--no-compute", "--db", _db.Database.Path);

        exitCode.Should().Be(2, output);
        output.Should().Contain($"{LongStem}.xlsx: загружен").And.Contain("Целевые показатели.xlsx: загружен").And.Contain("ВПР чужая школа.xlsx: отклонён");
        output.Should().Contain("Итого: файлов 3; загружено 2");
    }
}
