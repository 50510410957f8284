using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Loading.Tests.Support;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Loading.Tests.Loading;

/// <summary>Names and passport data of ОГЭ protocols never reach the database, the archive, the output or exports.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void No_personal_value_reaches_duckdb_archive_or_exports()
    {
        _db.Load(Fixtures.Schools(_db));
        _db.Load(Fixtures.Oge(_db)).Status.Should().Be(LoadStatus.Loaded);

        using (var connection = _db.Open())
        {
            var tables = connection.Rows("SELECT table_name FROM information_schema.tables", r => r.GetString(0));
            tables.Should().Contain("oge_results");
            foreach (var table in tables)
            {
                var text = string.Join('\n', connection.Rows($"SELECT * FROM {table}", r => r.Values()).SelectMany(r => r).Select(v => v?.ToString()));
                foreach (var value in Fixtures.OgePersonalValues) text.Should().NotContain(value, $"table {table} must hold no personal data");
            }

            var exports = Path.Combine(_db.Directory, "exports");
            var clock = RegionClock.Of(TimeProvider.System);
            foreach (var table in new ITable[] { new LoadsExport().Query(connection, ExportFilter.None), new SchoolsExport().Query(connection, ExportFilter.None) })
            {
                var heading = DocumentHeading.ForExport(table.Title, [], clock.Today, clock, "тест");
                ExportWriter.Write(table, Path.Combine(exports, table.Name + ".csv"), heading);
                ExportWriter.Write(table, Path.Combine(exports, table.Name + ".xlsx"), heading);
            }
            AssertNoPersonalValues(exports);
        }

        var archive = Path.Combine(_db.Database.DataDirectory, "archive");
        AssertNoPersonalValues(archive);
        var copy = File.ReadAllText(Directory.GetFiles(archive).Single(f => f.Contains("ОГЭ", StringComparison.Ordinal)));
        copy.Should().Contain("410001", "the blanked copy keeps the non-personal columns").And.Contain("Фамилия", "captions stay readable");
    }

    [Fact]
    public void The_blanked_copy_is_the_one_CSV_format_with_personal_values_emptied_and_other_text_as_read()
    {
        _db.Load(Fixtures.Schools(_db));
        _db.Load(Fixtures.Oge(_db)).Status.Should().Be(LoadStatus.Loaded);

        var path = Directory.GetFiles(Path.Combine(_db.Database.DataDirectory, "archive")).Single(f => f.Contains("ОГЭ", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].Should().Be("Лист: Протокол");
        lines.Should().Contain("Код МСУ;Код ОО;Класс;Код ППЭ;Аудитория;Фамилия;Имя;Отчество;Серия;Номер;Первичный балл;Оценка")
            .And.Contain("12;410001;9А;4701;0012;;;;;;18;4");
    }

    [Fact]
    public void A_rejected_protocol_is_archived_blanked_and_its_error_report_names_no_one()
    {
        _db.Load(Fixtures.Schools(_db));
        using (var wb = new Workbook("Протокол"))
        {
            wb.Row("02 Математика 24.05.2024")
                .Row("Код МСУ", "Код ОО", "Класс", "Код ППЭ", "Аудитория", "Фамилия", "Имя", "Отчество", "Серия", "Номер", "Первичный балл", "Оценка")
                .Row("12", "410001", "9А", "4701", "0012", "Кузнецова", "Анастасия", "Игоревна", "4015", "123456", 18, 7)
                .Row("12", "999999", "9Б", "4701", "0013", "Смирнов", "Пётр", "Алексеевич", "4016", "654321", 6, 2)
                .Save(_db.File("ОГЭ с ошибками.xlsx"));
        }

        var outcome = _db.Load(_db.File("ОГЭ с ошибками.xlsx"));

        outcome.Status.Should().Be(LoadStatus.Rejected);
        outcome.ProblemCount.Should().Be(2);
        string.Join('\n', outcome.Problems).Should().NotContainAny(Fixtures.OgePersonalValues);
        AssertNoPersonalValues(Path.Combine(_db.Database.DataDirectory, "archive"));
        AssertNoPersonalValues(Path.Combine(_db.Database.DataDirectory, "error-reports"));
    }

    private static void AssertNoPersonalValues(string directory)
    {
        foreach (var file in Directory.GetFiles(directory))
        {
            foreach (var text in FileTexts(file))
                foreach (var value in Fixtures.OgePersonalValues)
                    text.Should().NotContain(value, $"{Path.GetFileName(file)} must hold no personal data");
        }
    }

    // An .xlsx is a zip: its text lives in the XML parts under xl/, so read those rather than the compressed bytes.
    // The other parts hold only the writer's timestamps (docProps/) and random relationship ids («R4c8d04bf601b4015»,
    // the .rels parts), whose digits can spell a document series.
    private static IEnumerable<string> FileTexts(string file)
    {
        if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            yield return File.ReadAllText(file);
            yield break;
        }
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && !e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            yield return reader.ReadToEnd();
        }
    }
}
