using System.Text;
using Edu.Loading.Headers;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Loading;

/// <summary>
/// Files name districts, municipalities, school types, localities, subjects, conditions and the region
/// in any usual form, and each loads exactly as if it had written the configured name (SPEC §2).
/// </summary>
public sealed class ReferenceNameLoadingTests : IDisposable
{
    private static readonly string[] Header =
        ["Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся", "Образовательный округ"];

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static string Registry(TestDatabase db, string name, params string[] districts)
    {
        using var wb = new Workbook("Справочник");
        wb.Row("Справочник ОО").Row(Header);
        for (var i = 0; i < districts.Length; i++)
        {
            var n = i + 1;
            wb.Row($"sch47000{n}", $"41000{n}", $"МОУ «СОШ № {n}»", "Лужский район", "СОШ", "город", 100 * n, districts[i]);
        }
        return wb.Save(db.File(name));
    }

    private static List<object?[]> Grouping(TestDatabase db) => db.Rows("SELECT login, municipality, district FROM schools ORDER BY login");

    [Fact]
    public void A_registry_with_districts_in_every_usual_form_groups_the_schools_as_the_configured_names_do()
    {
        using var configuredDb = new TestDatabase();
        configuredDb.LoadOk(Registry(configuredDb, "настроенные названия.xlsx",
            "Восточный округ", "Восточный округ", "Восточный округ", "Восточный округ", "Южный округ",
            "Северный округ", "Западный округ", "Центральный округ", "Северный округ"), FileKind.Schools);

        _db.LoadOk(Registry(_db, "как пишут.xlsx",
            "Восточный",
            "Восточный округ",
            "Восточный образовательный округ",
            "ВОСТОЧНЫЙ ОКРУГ",
            "  южный   ",
            "Северный Образовательный Округ",
            "«Западный» образовательный округ",
            "\"Центральный\"",
            "Сёверный"), FileKind.Schools).Rows.Should().Be(9);

        Grouping(_db).Should().BeEquivalentTo(Grouping(configuredDb), o => o.WithStrictOrdering());
        // A district column overrides the default grouping: Лужский район is «Южный округ» by default.
        Grouping(_db).Select(r => (string)r[2]!).Should().Equal(
            "Восточный округ", "Восточный округ", "Восточный округ", "Восточный округ", "Южный округ",
            "Северный округ", "Западный округ", "Центральный округ", "Северный округ");
    }

    [Fact]
    public void A_district_that_matches_no_configured_district_is_refused_with_the_configured_names()
    {
        var outcome = _db.Load(Registry(_db, "неизвестный округ.xlsx", "Восточный", "Приморский округ"));

        outcome.Status.Should().Be(LoadStatus.Rejected);
        outcome.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            "неизвестный округ.xlsx · лист «Справочник» · строка 4 · столбец H («Образовательный округ»): "
            + "неизвестный образовательный округ «Приморский округ»; ожидался один из: Восточный округ, Западный округ, Северный округ, Центральный округ, Южный округ");
        _db.Scalar<long>("SELECT count(*) FROM schools").Should().Be(0);
    }

    [Fact]
    public void Municipalities_school_types_and_localities_in_usual_forms_load_as_the_reference_names()
    {
        using var wb = new Workbook("Справочник");
        var path = wb.Row(Header.Take(7).ToArray())
            .Row("sch470001", "410001", "Школа 1", "ЛУЖСКИЙ", "сош", "Город", 100)
            .Row("sch470002", "410002", "Школа 2", "лужский р-н", "средняя общеобразовательная школа", "СЕЛО", 100)
            .Row("sch470003", "410003", "Школа 3", "«Лужский муниципальный район»", "Гимназия", "г.", 100)
            .Row("sch470004", "410004", "Школа 4", "Лужский  район Ленинградской области", "МОУ гимназия", "с.", 100)
            .Row("sch470005", "410005", "Школа 5", "Сосновоборский ГО", "МБОУ «Лицей»", "сельская местность", 100)
            .Row("sch470006", "410006", "Школа 6", "сосновоборский городской округ", "ООШ", "городская местность", 100)
            .Row("sch470007", "410007", "Школа 7", "Кировский муниципальный район", "С(К)ОШ", "пгт", 100)
            .Row("sch470008", "410008", "Школа 8", "Кировский р-н", "Вечерняя (сменная) школа", "Сельский населённый пункт", 100)
            .Row("sch470009", "410009", "Школа 9", "\"Кировский\"", "центр образования", "д.", 100)
            .Save(_db.File("справочник как пишут.xlsx"));

        _db.LoadOk(path, FileKind.Schools);

        _db.Rows("SELECT municipality, school_type, is_rural FROM schools ORDER BY login").Should().BeEquivalentTo(new[]
        {
            new object?[] { "Лужский район", "СОШ", false },
            new object?[] { "Лужский район", "СОШ", true },
            new object?[] { "Лужский район", "гимназия", false },
            new object?[] { "Лужский район", "гимназия", true },
            new object?[] { "Сосновоборский городской округ", "лицей", true },
            new object?[] { "Сосновоборский городской округ", "ООШ", false },
            new object?[] { "Кировский район", "СКОШ", false },
            // A school type SPEC does not name is kept as the file wrote it.
            new object?[] { "Кировский район", "Вечерняя (сменная) школа", true },
            new object?[] { "Кировский район", "ЦО", true },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Subjects_in_usual_forms_load_as_one_subject()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Отметки");
        var path = wb.Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5")
            .Row(2024, "МАТЕМАТИКА", 5, "sch470001", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "«Математика»", 5, "sch470002", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "  математика ", 5, "sch470003", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "Русский  язык", 4, "sch470001", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "русский", 4, "sch470002", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "Окружающий мир", 4, "sch470003", 20, "10%", "40%", "40%", "10%")
            .Row(2024, "окружающий  МИР", 4, "sch470004", 20, "10%", "40%", "40%", "10%")
            .Save(_db.File("ВПР предметы.xlsx"));

        _db.LoadOk(path, FileKind.VprMarks);

        _db.Rows("SELECT subject, grade, count(*) FROM vpr_marks GROUP BY subject, grade ORDER BY grade, subject").Should().BeEquivalentTo(new[]
        {
            new object?[] { "Окружающий мир", 4, 2L },
            new object?[] { "Русский язык", 4, 2L },
            new object?[] { "Математика", 5, 3L },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Conditions_and_the_region_in_usual_forms_load_as_one_condition_and_the_region()
    {
        using var wb = new Workbook("Показатели");
        var path = wb.Row("Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие")
            .Row("DOP_5_18", "Охват", "ЛЕНИНГРАДСКАЯ ОБЛАСТЬ", "31.12.2024", 80, "Не менее")
            .Row("DOP_5_18", "Охват", "Ленинградская обл.", "31.12.2025", 81, "НЕ  НИЖЕ")
            .Row("DOP_5_18", "Охват", "«Ленинградская область»", "31.12.2026", 82, "≥")
            .Row("SHNOR_SHARE", "Доля ШНОР", "  ленинградская   область ", "30.06.2025", 5, "«не более»")
            .Row("SHNOR_SHARE", "Доля ШНОР", "Лужский", "30.06.2025", 6, "не выше")
            .Save(_db.File("показатели как пишут.xlsx"));

        _db.LoadOk(path, FileKind.Targets).Rows.Should().Be(5);

        _db.Rows("SELECT indicator_code, municipality, target_value, at_least FROM targets ORDER BY indicator_code, deadline, municipality").Should().BeEquivalentTo(new[]
        {
            new object?[] { "DOP_5_18", "Ленинградская область", 80.0, true },
            new object?[] { "DOP_5_18", "Ленинградская область", 81.0, true },
            new object?[] { "DOP_5_18", "Ленинградская область", 82.0, true },
            new object?[] { "SHNOR_SHARE", "Ленинградская область", 5.0, false },
            new object?[] { "SHNOR_SHARE", "Лужский район", 6.0, false },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_coverage_line_of_the_region_in_any_usual_form_is_a_total_and_not_loaded()
    {
        var path = _db.File("охват с регионом.csv");
        File.WriteAllText(path, new StringBuilder()
            .AppendLine("Отчётная дата;Муниципалитет;Численность детей 5–18 лет;Охвачено дополнительным образованием;в т.ч. техническая и естественнонаучная направленности;Численность детей с ОВЗ 5–18 лет;Охвачено детей с ОВЗ")
            .AppendLine("01.04.2024;Лужский район;9850;7120;1930;410;220")
            .AppendLine("01.04.2024;Ленинградская обл.;9850;7120;1930;410;220")
            .AppendLine("01.04.2024;\"«ЛЕНИНГРАДСКАЯ ОБЛАСТЬ»\";9850;7120;1930;410;220")
            .ToString(), new UTF8Encoding(true));

        _db.LoadOk(path, FileKind.Coverage).Rows.Should().Be(1);
        _db.Rows("SELECT municipality FROM coverage").Should().ContainSingle().Which.Should().Equal("Лужский район");
    }
}
