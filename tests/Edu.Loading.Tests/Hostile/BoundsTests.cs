using System.Diagnostics;
using System.Text;
using Edu.Loading.Reading;
using Edu.Loading.Setup;
using Edu.Loading.Tests.BrokenFiles;
using Edu.Loading.Tests.Support;
using Edu.Reference;
using static Edu.Loading.Tests.BrokenFiles.BrokenInputs;

namespace Edu.Loading.Tests.Hostile;

/// <summary>
/// Every input dimension is bounded before the work it causes: a sheet costs what its real cells cost (not its
/// declared dimension or one far cell), and a file's load stops at the time and memory bounds of «Loader».
/// </summary>
public sealed class BoundsTests : IDisposable
{
    // A six-row sheet read the old way (every row up to XFD1048576, every cell up to column XFD) took 5–8 minutes.
    private static readonly TimeSpan FarCellBound = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _db = SeededDatabase.Create();

    public void Dispose() => _db.Dispose();

    private string ValidTargets() => Targets(_db, "показатели.xlsx",
        ["DOP_5_18", "Охват детей 5–18 лет", null, "31.12.2026", 82, "не менее"], ["DOP_TECH", "Техническая направленность", null, "31.12.2026", 30, "не менее"],
        ["DOP_OVZ", "Охват детей с ОВЗ", null, "31.12.2026", 70, "не менее"], ["SHNOR_SHARE", "Доля ШНОР", null, "31.12.2026", 5, "не более"],
        ["OBJECTIVITY", "Объективность", null, "31.12.2026", 90, "не менее"]);

    [Fact]
    public void A_valid_sheet_declaring_XFD1048576_with_a_styled_empty_cell_there_loads_at_the_cost_of_its_six_rows()
    {
        var path = WithPart(_db, ValidTargets(), "показатели XFD.xlsx", "xl/worksheets/sheet1.xml", xml =>
            System.Text.RegularExpressions.Regex.Replace(xml, @"<x:dimension ref=""[^""]*"" />", @"<x:dimension ref=""A1:XFD1048576"" />")
                .Replace("</x:sheetData>", @"<x:row r=""1048576""><x:c r=""XFD1048576"" s=""0"" /></x:row></x:sheetData>", StringComparison.Ordinal));

        var watch = Stopwatch.StartNew();
        var outcome = _db.LoadOk(path, Headers.FileKind.Targets);

        watch.Elapsed.Should().BeLessThan(FarCellBound);
        outcome.Rows.Should().Be(5);
    }

    [Fact]
    public void A_value_at_XFD1048576_below_six_valid_rows_is_refused_at_that_row_quickly_and_changes_nothing()
    {
        var path = WithPart(_db, ValidTargets(), "показатели XFD значение.xlsx", "xl/worksheets/sheet1.xml", xml =>
            xml.Replace("</x:sheetData>", @"<x:row r=""1048576""><x:c r=""XFD1048576"" t=""inlineStr""><x:is><x:t>лишнее</x:t></x:is></x:c></x:row></x:sheetData>",
                StringComparison.Ordinal));

        var watch = Stopwatch.StartNew();
        var outcome = Rejection.Load(_db, path);

        watch.Elapsed.Should().BeLessThan(FarCellBound);
        outcome.Problems.Should().OnlyContain(p => p.Row == 1_048_576 && p.Sheet == "Показатели", "the far cell's row is the one thing wrong");
        outcome.ShouldReport(new("пустое значение, а столбец обязателен", "Показатели", 1_048_576, "A («Код показателя»)"));
    }

    [Fact]
    public void A_load_running_past_Loader_MaxLoadTime_is_stopped_and_refused_at_the_row_reached()
    {
        var loader = LoaderWith(ReaderLimits.Default with { MaxLoadTime = TimeSpan.FromMilliseconds(1) });
        var path = ValidTargets();
        Thread.Sleep(5);

        var outcome = Rejection.Load(_db, path, p => loader.Load(p));

        outcome.ShouldReport(new("загрузка прервана: файл обрабатывается дольше допустимого (0,001 с, настройка Loader:MaxLoadTime)", "Показатели", 1));
    }

    [Fact]
    public void Shared_strings_larger_than_Loader_MaxMemoryMegabytes_are_refused_before_any_row_is_read()
    {
        // 2,000 distinct strings of 1,000 characters: about 4 MB in memory against a 1 MB bound.
        using (var wb = new Workbook("Показатели"))
        {
            wb.Row("Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие");
            for (var i = 0; i < 2000; i++) wb.Row($"IND_{i}", i + new string('ш', 1000), null, "31.12.2026", 50, "не менее");
            wb.Save(_db.File("показатели большие строки.xlsx"));
        }
        var loader = LoaderWith(ReaderLimits.Default with { MaxMemoryBytes = 1024 * 1024 });

        var outcome = Rejection.Load(_db, _db.File("показатели большие строки.xlsx"), p => loader.Load(p));

        outcome.ShouldReport(new("файл требует слишком много памяти: таблица строк книги занимает больше 1 МБ при пределе 1 МБ на файл (настройка Loader:MaxMemoryMegabytes)"));
    }

    [Fact]
    public void The_time_and_memory_bounds_are_Loader_settings_with_defaults_and_checked_ranges()
    {
        var defaults = new LoaderOptions();
        defaults.MaxLoadTime.Should().Be(TimeSpan.FromMinutes(15));
        defaults.MaxMemoryMegabytes.Should().Be(2048);
        defaults.Problems().Should().BeEmpty();

        var settings = LoadSettings.From(new PrivacyOptions { Salt = "соль" }, new LoaderOptions { MaxLoadTime = TimeSpan.FromMinutes(3), MaxMemoryMegabytes = 512 }, _db.Directory, "тест");
        settings.Limits.MaxLoadTime.Should().Be(TimeSpan.FromMinutes(3));
        settings.Limits.MaxMemoryBytes.Should().Be(512L * 1024 * 1024);

        new LoaderOptions { MaxLoadTime = TimeSpan.Zero, MaxMemoryMegabytes = 1 }.Problems().Should().Equal(
            "Loader:MaxLoadTime: допустимо от 00:00:01 до 1.00:00:00, указано 00:00:00",
            "Loader:MaxMemoryMegabytes: допустимо от 16 до 65536 (МБ), указано 1");
    }

    private Loader LoaderWith(ReaderLimits limits) => new(_db.Database,
        new LoadSettings { Salt = Encoding.UTF8.GetBytes(TestDatabase.Salt), User = "тест", Limits = limits }, MunicipalityDirectory.LoadDefault(), TimeProvider.System);
}
