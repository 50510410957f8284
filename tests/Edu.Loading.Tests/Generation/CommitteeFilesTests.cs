using Edu.Generation;
using Edu.Loading.Headers;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Generation;

/// <summary>
/// SPEC §11 in data-samples/ and in any generated region: the committee's decisions as written in the five documents,
/// the targets they set (and illustrative ones labelled so), rosters by the documents' rules, reported values —
/// all loaded by the real loader.
/// </summary>
public sealed class CommitteeFilesTests : IDisposable
{
    private static readonly string Samples = Path.Combine(RepoPaths.Root, "data-samples");

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void The_sample_decisions_hold_every_item_of_the_five_documents_as_written()
    {
        _db.LoadOk(Path.Combine(Samples, "Решения_и_поручения.xlsx"), FileKind.Decisions).Rows.Should().Be(110);

        // Items counted by hand in ../shared/seeds: 000 — 10 (its questions 1, 2, 3, 3 with 1, 2, 4, 2+2+1+1 items; the
        // second «2» of question 3 is 3.2а and the second question 3 is 4); 001 — 17; 002 — 8 points of the order (5.1 and
        // 5.2 apart, the repeated point 3 once) and 13 of its technical task; 003 — 4 + 7 + 7 + 16 + 4 + 7 + 3 = 48; 004 — 14.
        _db.Rows("SELECT strftime(document_date, '%d.%m.%Y'), count(*) FROM decisions GROUP BY ALL ORDER BY min(document_date)")
            .Select(r => ((string)r[0]!, (long)r[1]!)).Should().Equal(
                ("29.09.2016", 14), ("30.09.2019", 48), ("03.02.2020", 21), ("22.12.2020", 10), ("22.12.2023", 17));

        Item("22.12.2023", "17").Should().Equal(
            "Провести собеседование с руководителями общеобразовательными организациями, показавших по результатам самодиагностики в ноябре 2023 года уровень «ниже базового» и не вошедших в проект; организовать работу по устранению дефицитов, имеющихся в общеобразовательных организациях, для достижения ими уровня не ниже «базового»; подготовить отчет о проделанной работе.",
            "до 30 мая 2024 года.", new DateOnly(2024, 5, 30),
            "руководители органов местного самоуправления Ленинградской области, осуществляющих управление в сфере образования.", "все муниципалитеты");
        Item("29.09.2016", "3").Skip(1).Should().Equal(
            "декабрь 2016 года", new DateOnly(2016, 12, 31),
            "комитет по образованию Всеволожского района Ленинградской области, МОБУ «Средняя общеобразовательная школа «Всеволожский центр образования».",
            "муниципальный");
        Item("22.12.2020", "2.1").Skip(1).Should().Equal(
            "до 01 февраля 2021 года", new DateOnly(2021, 2, 1), "руководители профессиональных образовательных организаций Ленинградской области", "региональный");
        Item("30.09.2019", "Профессиональное самоопределение, 4").Skip(1).Take(2).Should().Equal(new object?[] { "постоянно.", null });
        Item("03.02.2020", "Прил. 1, п. 2.9").Skip(1).Take(2).Should().Equal("апрель, май, сентябрь, октябрь, ноябрь 2020 года", new DateOnly(2020, 11, 30));
        _db.Scalar<long>("SELECT count(*) FROM decisions WHERE municipalities = ['Всеволожский район']").Should().Be(1);
    }

    [Fact]
    public void Sample_values_the_file_adds_to_the_documents_say_so_in_the_file()
    {
        var rows = SheetRows.Read(Path.Combine(Samples, "Решения_и_поручения.xlsx")).Select(r => r.Values).ToList();
        var header = Array.IndexOf(rows[3], "Примечание");
        var done = Array.IndexOf(rows[3], "Дата исполнения");
        var mark = Array.IndexOf(rows[3], "Отметка об исполнении");
        var data = rows.Skip(4).Where(r => r[0] is not null).ToList();

        data.Where(r => r[done] is not null).Should().NotBeEmpty().And.OnlyContain(r => ((string)r[mark]!).StartsWith("Иллюстративная отметка", StringComparison.Ordinal));
        data.Where(r => r[1] is "30.09.2019" || (r[1] is DateTime d && d == new DateTime(2019, 9, 30)))
            .Should().HaveCount(48).And.OnlyContain(r => ((string)r[header]!).StartsWith("Дата документа условная", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_targets_name_their_document_or_say_they_are_illustrative()
    {
        var rows = SheetRows.Read(Path.Combine(Samples, "Целевые_показатели.xlsx")).Select(r => r.Values).ToList();
        var source = Array.IndexOf(rows[2], "Источник");
        var targets = rows.Skip(3).Select(r => (Code: (string)r[0]!, Source: (string)r[source]!)).ToList();

        targets.Should().HaveCount(29).And.OnlyContain(t => t.Source.StartsWith("Решени", StringComparison.Ordinal)
            || t.Source.StartsWith("Распоряжение", StringComparison.Ordinal) || t.Source.StartsWith("Иллюстративное значение", StringComparison.Ordinal));
        targets.Where(t => t.Source.StartsWith("Иллюстративное", StringComparison.Ordinal)).Select(t => t.Code)
            .Should().BeEquivalentTo("SHNOR_SHARE", "SHNOR_SHARE", "OBJECTIVITY", "SHNOR_EXIT", "DOP_TECH", "BILET", "PFDO");
    }

    [Fact]
    public void Any_region_gets_the_three_kinds_and_they_load()
    {
        var directory = _db.File("small");
        var manifest = RegionGenerator.Generate(new GeneratorOptions { Schools = 20, Years = 1, Seed = 5 }, directory);
        string[] kinds = [GeneratedKind.Schools, GeneratedKind.IndicatorValues, GeneratedKind.Rosters, GeneratedKind.Decisions];

        foreach (var kind in kinds)
            _db.LoadOk(Path.Combine(directory, manifest.Files.Single(f => f.Kind == kind).Path), FileKindNames.FromCode(kind));

        // One year: no school has three years of results, so no stable-high roster; the mentoring project, a pair in each
        // municipality with two schools, and «Школа Минпросвещения России», whose schools diagnose themselves (SPEC §12).
        _db.Rows("SELECT DISTINCT project FROM project_rosters ORDER BY project").Select(r => (string)r[0]!).Should().Equal(
            "Сетевое наставничество во взаимодействии школ с низкими и высокими результатами обучения", "Школа Минпросвещения России");
        _db.Scalar<long>("SELECT count(*) FROM project_rosters WHERE role = 'наставник'").Should().Be(_db.Scalar<long>(
            "SELECT count(*) FROM (SELECT municipality FROM schools WHERE school_type <> 'СКОШ' GROUP BY ALL HAVING count(*) >= 2)"));
        _db.Scalar<long>("SELECT count(DISTINCT indicator_code) FROM reported_values").Should().Be(3);
        _db.Scalar<long>("SELECT count(*) FROM decisions").Should().Be(110);
    }

    [Fact]
    public void The_sample_rosters_follow_the_documents_rules()
    {
        _db.LoadOk(Path.Combine(Samples, "Справочник_ОО_2025.xlsx"), FileKind.Schools);
        _db.LoadOk(Path.Combine(Samples, "Участники_проектов.xlsx"), FileKind.Rosters);

        // Stably high: one school from each of the 18 municipalities and the next 11 best (decision of 22.12.2020, SPEC §4).
        _db.Rows("""
            SELECT year, count(*), count(DISTINCT s.municipality) FROM project_rosters r JOIN schools s USING (login)
            WHERE project = 'Стабильно высокие образовательные результаты' GROUP BY ALL
            """).Should().BeEquivalentTo(new[] { new object?[] { 2025, 29L, 18L } });
        // Mentoring: at least 36 schools, at least 2 from each municipality (распоряжение 178-р, ТЗ п. 2.7), every year.
        _db.Rows("""
            SELECT year, sum(n)::BIGINT, min(n) FROM (
                SELECT year, s.municipality, count(*) AS n FROM project_rosters r JOIN schools s USING (login)
                WHERE project LIKE 'Сетевое наставничество%' GROUP BY ALL) GROUP BY year ORDER BY year
            """).Should().BeEquivalentTo(new[] { new object?[] { 2023, 36L, 2L }, new object?[] { 2024, 36L, 2L }, new object?[] { 2025, 36L, 2L } },
            o => o.WithStrictOrdering());
    }

    private List<object?> Item(string date, string item) =>
        [.. _db.Rows("""
            SELECT content, deadline_text, deadline, responsible, scope FROM decisions
            WHERE strftime(document_date, '%d.%m.%Y') = $p0 AND item = $p1
            """, date, item).Single()];
}
