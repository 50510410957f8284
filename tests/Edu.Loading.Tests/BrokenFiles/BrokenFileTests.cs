using System.Text;
using Edu.Loading.Reading;
using Edu.Reference;
using Edu.Loading.Tests.Support;
using static Edu.Loading.Tests.BrokenFiles.BrokenInputs;

namespace Edu.Loading.Tests.BrokenFiles;

/// <summary>
/// Broken files are refused whole, with a precise Russian message at the right sheet, row and
/// column, an error report, one «отклонён» line in the history, and the database unchanged.
/// </summary>
public sealed class BrokenFileTests : IDisposable
{
    private readonly TestDatabase _db = SeededDatabase.Create();

    public void Dispose() => _db.Dispose();

    // Far above what any of them takes (well under a second each); a file near it would hold the single writer.
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => BrokenFileCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_is_rejected_with_its_precise_message_and_the_database_stays_unchanged(string name)
    {
        var brokenCase = BrokenFileCases.Get(name);
        var path = brokenCase.Write(_db);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Rejection.Load(_db, path);
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(PerFileBound, "every broken file is refused within the bound, none holds the writer");
        var problem = outcome.ShouldReport(brokenCase.Expected);
        outcome.Problems.Should().Equal([problem], "one broken thing is one problem, not a cascade: {0}", string.Join(" | ", outcome.Problems));
        outcome.ProblemCount.Should().Be(1);
    }

    [Fact]
    public void A_sheet_inflating_past_its_declared_size_is_rejected_in_a_multi_file_load_too()
    {
        // Ordering a multi-file load peeks at first rows without the inflation count; the file's own load must still count.
        var lying = WithSheetInflatingPastItsDeclaredSize(_db, Fixtures.VprMarks(_db, "целый.xlsx"), "ложный размер.xlsx", 20L * 1024 * 1024);
        var context = Fixtures.Context(_db);

        var outcomes = _db.Loader.LoadAll([lying, context]);

        outcomes.Single(o => o.File == "Контекст 2024.xlsx").Status.Should().Be(LoadStatus.Loaded);
        var rejected = outcomes.Single(o => o.File == "ложный размер.xlsx");
        rejected.Status.Should().Be(LoadStatus.Rejected);
        rejected.Problems.Should().ContainSingle().Which.Message.Should()
            .StartWith("файл отклонён как подозрительный архив (zip-бомба): часть «xl/worksheets/sheet1.xml» распаковывается в больший объём");
    }

    [Fact]
    public void The_corpus_holds_at_least_22_distinct_broken_files()
    {
        BrokenFileCases.All.Select(c => c.Name).Should().OnlyHaveUniqueItems().And.HaveCountGreaterThanOrEqualTo(22);
    }

    [Fact]
    public void Errors_in_several_rows_are_all_reported_at_once_in_row_order()
    {
        var path = VprIndividual(_db, "ВПР три ошибки.xlsx",
            Work("10001", mark: 6),
            Work("10002"),
            Work("10003", tasks: [1, 0, 3, 0], primary: 4),
            Work("10004"),
            Work("10005", login: "sch479999"),
            Work("10006", primary: 5));

        var outcome = Rejection.Load(_db, path);

        outcome.ProblemCount.Should().Be(4);
        outcome.Problems.Select(p => p.Row).Should().Equal(4, 6, 8, 9);
        outcome.ShouldReport(new("отметка 6 вне допустимого диапазона 2…5", "Результаты", 4, "L («Отметка»)"));
        outcome.ShouldReport(new("балл 3 за задание 3 вне диапазона 0…2", "Результаты", 6, "I («3 (2б)»)"));
        outcome.ShouldReport(new("неизвестная ОО «sch479999»: её нет в справочнике ОО", "Результаты", 8, "A («ОО»)"));
        outcome.ShouldReport(new("первичный балл 5 не равен сумме баллов за задания 6", "Результаты", 9, "K («Первичный балл»)"));
        Rejection.ReadReport(outcome.ErrorReportPath!).Heading.Should().Be("Файл «ВПР три ошибки.xlsx» отклонён: найдено ошибок — 4");
    }

    [Fact]
    public void More_than_1000_problems_keep_the_first_1000_and_count_them_all()
    {
        // 1,500 rows, each with one unrecognised condition: every row is a problem of its own.
        var text = new StringBuilder("Код показателя;Показатель;Муниципалитет;Срок;Целевое значение;Условие\n");
        for (var i = 1; i <= 1500; i++) text.Append($"IND_{i};Показатель {i};;31.12.2025;50;примерно\n");
        var path = WriteText(_db, "показатели 1500 ошибок.csv", text.ToString(), new UTF8Encoding(false));

        var outcome = Rejection.Load(_db, path);

        outcome.ProblemCount.Should().Be(1500);
        outcome.Problems.Should().HaveCount(ProblemList.Limit).And.HaveCount(1000);
        outcome.Problems.Select(p => p.Row).Should().Equal(Enumerable.Range(2, 1000).Cast<int?>(), "the first 1,000 in file order are kept");
        outcome.ShouldReport(new("условие «примерно» не распознано", "CSV", 2, "F («Условие»)"));
        _db.Scalar<int>("SELECT error_count FROM loads WHERE load_id = $p0", outcome.LoadId).Should().Be(1500);

        var (heading, rows) = Rejection.ReadReport(outcome.ErrorReportPath!);
        heading.Should().Be("Файл «показатели 1500 ошибок.csv» отклонён: найдено ошибок — 1500 (показаны первые 1000)");
        rows.Should().HaveCount(1000);
        rows[^1].Row.Should().Be(1001);
    }

    [Fact]
    public void Package_over_the_total_unpacked_size_limit_is_refused_before_it_is_inflated()
    {
        // The total-size guard needs gigabytes at the default limit; a loader with a 1 MB limit proves the
        // same code path with three 1 MB entries (each exactly at the 1 MB floor of the ratio check, so only the total trips).
        var loader = new Loader(_db.Database,
            new LoadSettings { Salt = Encoding.UTF8.GetBytes(TestDatabase.Salt), User = "тест", Limits = new ReaderLimits { MaxUncompressedBytes = 1024 * 1024 } },
            MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        var path = Zip(_db, "большая книга.xlsx",
            ("xl/workbook.xml", Text("<workbook/>")),
            ("xl/worksheets/sheet1.xml", Zeros(1024 * 1024)), ("xl/worksheets/sheet2.xml", Zeros(1024 * 1024)), ("xl/worksheets/sheet3.xml", Zeros(1024 * 1024)));

        var outcome = Rejection.Load(_db, path, p => loader.Load(p));

        outcome.ShouldReport(new("файл отклонён как подозрительный архив (zip-бомба): после распаковки 3 МБ при пределе 1 МБ"));
    }

    [Fact]
    public void A_rejected_file_loaded_again_is_rejected_again_not_taken_as_already_loaded()
    {
        var path = VprMarks(_db, "ВПР чужая школа.xlsx", Marks("sch479999"));

        Rejection.Load(_db, path);
        var second = Rejection.Load(_db, path);

        second.ShouldReport(new("неизвестная ОО «sch479999»", "Отметки", 3, "D («Логин ОО»)"));
    }
}
