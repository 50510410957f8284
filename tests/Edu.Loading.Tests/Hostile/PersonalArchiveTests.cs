using System.Security.Cryptography;
using Edu.Loading.Tests.BrokenFiles;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Hostile;

/// <summary>
/// SPEC §3: archived copies blank personal columns — whatever stage refuses the file. A file with personal captions
/// in any sheet's first rows is kept only blanked; one that cannot be read far enough to blank it is not kept at all
/// (its hash and the reason are); copies reach the archive only with a committed history row.
/// </summary>
public sealed class PersonalArchiveTests : IDisposable
{
    private static readonly object?[] ProtocolHeader =
        ["Код МСУ", "Код ОО", "Класс", "Код ППЭ", "Аудитория", "Фамилия", "Имя", "Отчество", "Серия", "Номер", "Первичный балл", "Оценка"];

    private readonly TestDatabase _db = new();

    public PersonalArchiveTests() => _db.LoadOk(Fixtures.Schools(_db), Headers.FileKind.Schools);

    public void Dispose() => _db.Dispose();

    private string Archive => Path.Combine(_db.Database.DataDirectory, "archive");

    [Fact]
    public void A_protocol_refused_before_its_kind_is_recognised_is_archived_only_with_its_personal_columns_blanked()
    {
        // «Оценка» misspelt «Оцнка»: the header is never recognised as a protocol, yet its names must not be kept.
        using (var wb = new Workbook("Протокол"))
        {
            Protocol(wb.Row("02 Математика 24.05.2024"), header: [.. ProtocolHeader[..^1], "Оцнка"]).Save(_db.File("ОГЭ опечатка.xlsx"));
        }

        var outcome = Rejection.Load(_db, _db.File("ОГЭ опечатка.xlsx"));

        outcome.ShouldReport(new("похоже на «ОГЭ, протокол РЦОИ» (заголовок в строке 3), но не найдены обязательные столбцы: «Оценка»", "Протокол"));
        var copy = ArchivedCopyOf(outcome);
        copy.Should().EndWith(".без-персональных-данных.csv");
        var text = File.ReadAllText(copy);
        text.Should().NotContainAny(Fixtures.OgePersonalValues).And.Contain("410001").And.Contain("Фамилия");
        AssertNoPersonalValuesIn(Archive);
        AssertNoPersonalValuesIn(Path.Combine(_db.Database.DataDirectory, "error-reports"));
    }

    [Fact]
    public void A_protocol_on_a_second_sheet_after_a_sheet_of_another_kind_is_archived_blanked_and_whole()
    {
        using (var wb = new Workbook("ОО"))
        {
            wb.Row(BrokenInputs.SchoolsHeader).Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812).Sheet("Протокол");
            Protocol(wb.Row("02 Математика 24.05.2024")).Save(_db.File("справочник и протокол.xlsx"));
        }

        var outcome = Rejection.Load(_db, _db.File("справочник и протокол.xlsx"));

        outcome.ShouldReport(new("лист содержит «ОГЭ, протокол РЦОИ», а предыдущие листы — «Справочник ОО»", "Протокол"));
        var text = File.ReadAllText(ArchivedCopyOf(outcome));
        text.Should().Contain("Лист: ОО").And.Contain("Лист: Протокол").And.Contain("МОУ «Лужская СОШ № 1»").And.Contain("4701", "the copy holds every sheet");
        text.Should().NotContainAny(Fixtures.OgePersonalValues);
    }

    [Fact]
    public void A_loaded_file_with_a_sheet_of_names_beside_its_data_is_archived_blanked_not_as_it_came()
    {
        using (var wb = new Workbook("Справочник"))
        {
            wb.Row(BrokenInputs.SchoolsHeader).Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812)
                .Sheet("Ответственные").Row("ФИО", "Должность", "Дата рождения").Row("Кузнецова Анастасия Игоревна", "директор", "12.03.1980")
                .Save(_db.File("справочник с ответственными.xlsx"));
        }

        var outcome = _db.LoadOk(_db.File("справочник с ответственными.xlsx"), Headers.FileKind.Schools);

        var text = File.ReadAllText(ArchivedCopyOf(outcome));
        text.Should().Contain("директор").And.Contain("ФИО").And.NotContain("Кузнецова").And.NotContain("12.03.1980");
    }

    [Fact]
    public void A_protocol_that_cannot_be_read_to_its_end_keeps_no_copy_only_its_hash_and_the_reason()
    {
        using (var wb = new Workbook("Протокол"))
        {
            wb.Row("02 Математика 24.05.2024");
            Protocol(wb, rows: 40).Save(_db.File("ОГЭ целый.xlsx"));
        }
        // Cut inside row 35: the first rows (and their personal captions) read, the rest does not.
        var path = BrokenInputs.WithRow(_db, _db.File("ОГЭ целый.xlsx"), "ОГЭ обрезан.xlsx", 35, (xml, at) => xml[..(at + 20)]);

        var outcome = Rejection.Load(_db, path);

        outcome.ShouldReport(new("данные листа повреждены или обрезаны", "Протокол", 35));
        AssertNothingArchivedFor(outcome, path, "копия файла не сохранена: в файле есть столбцы с персональными данными, а прочитать его до конца не удалось");
        Rejection.ReportNote(outcome.ErrorReportPath!).Should()
            .Be("Копия файла не сохранена: в файле есть столбцы с персональными данными, а прочитать его до конца не удалось.");
    }

    [Fact]
    public void A_file_that_cannot_be_opened_keeps_no_copy_of_its_content()
    {
        var path = BrokenInputs.Committed(_db, "password-protected.xlsx", "Протокол (пароль).xlsx");

        var outcome = Rejection.Load(_db, path);

        AssertNothingArchivedFor(outcome, path, "копия файла не сохранена: файл не удалось прочитать, и нельзя убедиться, что в нём нет персональных данных");
    }

    [Fact]
    public void A_file_without_personal_captions_is_archived_as_it_came()
    {
        var path = Fixtures.Context(_db);

        var outcome = _db.LoadOk(path, Headers.FileKind.Context);

        var copy = ArchivedCopyOf(outcome);
        Path.GetFileName(copy).Should().Be($"{Sha256(path)[..16]}_Контекст 2024.xlsx");
        File.ReadAllBytes(copy).Should().Equal(File.ReadAllBytes(path));
    }

    [Fact]
    public void Copies_left_in_staging_by_a_killed_process_are_published_when_their_load_committed_and_deleted_when_not()
    {
        var committed = ArchivedCopyOf(_db.LoadOk(Fixtures.Context(_db), Headers.FileKind.Context));
        var staging = Path.Combine(Archive, ".staging");
        Directory.CreateDirectory(staging);
        // Killed after the commit but before the move, and killed before the commit: the two states a kill can leave.
        File.Move(committed, Path.Combine(staging, Path.GetFileName(committed)));
        File.WriteAllText(Path.Combine(staging, "0123456789abcdef_никогда не загружен.xlsx"), "копия без загрузки");
        File.WriteAllText(Path.Combine(staging, "0123456789abcdef.partial.csv"), "Лист: Протокол");

        _db.Load(Fixtures.Targets(_db)).Status.Should().Be(LoadStatus.Loaded);

        File.Exists(committed).Should().BeTrue("the committed load's copy is published");
        Directory.EnumerateFiles(staging).Should().BeEmpty("copies of loads that never committed are deleted");
        Directory.EnumerateFiles(Archive).Select(Path.GetFileName).Should().NotContain(n => n!.Contains("никогда", StringComparison.Ordinal));
    }

    private static Workbook Protocol(Workbook wb, object?[]? header = null, int rows = 3)
    {
        wb.Row("Протокол результатов ОГЭ").Row(header ?? ProtocolHeader);
        object?[][] people =
        [
            ["12", "410001", "9А", "4701", "0012", "Кузнецова", "Анастасия", "Игоревна", "4015", "123456", 18, 4],
            ["12", "410001", "9Б", "4701", "0013", "Смирнов", "Пётр", "Алексеевич", "4016", "654321", 6, 2],
        ];
        for (var i = 0; i < rows; i++) wb.Row(people[i % 2]);
        return wb;
    }

    private string ArchivedCopyOf(LoadOutcome outcome)
    {
        var path = _db.Scalar<string>("SELECT archive_path FROM loads WHERE load_id = $p0", outcome.LoadId);
        path.Should().NotBeNull();
        Path.GetDirectoryName(path).Should().Be(Archive);
        File.Exists(path).Should().BeTrue();
        return path;
    }

    private void AssertNothingArchivedFor(LoadOutcome outcome, string path, string note)
    {
        var row = _db.Rows("SELECT archive_path, archive_note, file_hash FROM loads WHERE load_id = $p0", outcome.LoadId).Single();
        row.Should().Equal(new object?[] { null, note, Sha256(path) });
        var hash = Sha256(path)[..16];
        Directory.Exists(Archive).Should().BeTrue("the schools registry was archived");
        Directory.EnumerateFiles(Archive, "*", SearchOption.AllDirectories).Should().NotContain(f => Path.GetFileName(f).StartsWith(hash, StringComparison.Ordinal));
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    private static void AssertNoPersonalValuesIn(string directory)
    {
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
        {
            var text = file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? WorkbookText(file) : File.ReadAllText(file);
            text.Should().NotContainAny(Fixtures.OgePersonalValues, $"{Path.GetFileName(file)} must hold no personal data");
        }
    }

    private static string WorkbookText(string file)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
