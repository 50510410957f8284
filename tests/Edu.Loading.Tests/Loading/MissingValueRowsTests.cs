using System.Text;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Storage;
using Edu.Loading.Headers;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Loading;

/// <summary>
/// A row that names its key and writes a missing-value code for every value is data — «нет данных», NULLs — in
/// every kind (SPEC §3); only a row with no key at all is blank. Downstream such a row gives no figure, never a 0.
/// </summary>
public sealed class MissingValueRowsTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private void Recompute() => AnalyticsService.Recompute(_db.Database, new AnalyticsOptions(), TimeProvider.System);

    private List<string> Messages() => _db.Rows("SELECT message FROM computation_messages ORDER BY seq").Select(r => (string)r[0]!).ToList();

    [Fact]
    public void Context_rows_whose_every_share_is_missing_load_as_nulls_and_those_schools_get_no_context_index()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Контекст");
        var path = wb.Row("Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
                "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
                "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %")
            .Row(2024, "sch470001", 12.5, 3.1, 2, 45.3, 18, 100)
            .Row(2024, "sch470002", "н/д", "н/д", "н/д", "н/д", "н/д", "н/д")
            .Row(2024, "sch470003", 5, 1.5, 4, 71, 11, 100)
            .Row(2024, "sch470004", 20, 2.5, 1, "X", "—", "не пройд.")
            .Row(2024, "sch470005", 30, 6, "-", "-", "-", "-")
            .Row(2024, "sch470006", "-", "-", "-", "-", "-", "-")
            .Save(_db.File("контекст без долей.xlsx"));

        _db.LoadOk(path, FileKind.Context).Rows.Should().Be(6);
        _db.Scalar<long>("SELECT count(*) FROM school_context WHERE login IN ('sch470002', 'sch470006') AND "
            + "coalesce(low_income_pct, ovz_pct, non_native_pct, parents_higher_ed_pct, single_parent_pct, staffing_pct) IS NULL").Should().Be(2);

        Recompute();

        // Three schools have at least 3 of the 6 shares; sch470005 has 2, sch470002 and sch470006 none: no index (SPEC §4).
        _db.Rows("SELECT login, context_index IS NOT NULL, shares_used FROM context_index WHERE year = 2024 ORDER BY login").Should().BeEquivalentTo(new[]
        {
            new object?[] { "sch470001", true, 6 },
            new object?[] { "sch470002", false, 0 },
            new object?[] { "sch470003", true, 6 },
            new object?[] { "sch470004", true, 3 },
            new object?[] { "sch470005", false, 2 },
            new object?[] { "sch470006", false, 0 },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_row_with_no_key_and_nothing_but_missing_value_codes_is_blank_and_skipped()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Контекст");
        var path = wb.Row("Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
                "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
                "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %")
            .Row(2024, "sch470001", 12.5, 3.1, 2, 45.3, 18, 100)
            .Row("-", "-", "-", "-", "-", "-", "-", "-")
            .Row("н/д", null, "н/д", "X", null, "—", null, null)
            .Row(2024, "sch470003", 5, 1.5, 4, 71, 11, 100)
            .Save(_db.File("контекст с прочерками.xlsx"));

        _db.LoadOk(path, FileKind.Context).Rows.Should().Be(2);
    }

    [Fact]
    public void A_vpr_marks_row_of_missing_values_loads_and_gives_no_result_never_a_mean_of_zero()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Отметки");
        var path = wb.Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5")
            .Row(2024, "Математика", 5, "sch470001", 25, "10%", "40%", "40%", "10%")
            .Row(2024, "Математика", 5, "sch470002", "н/д", "н/д", "н/д", "н/д", "н/д")
            .Row(2024, "Математика", 5, "sch470003", 30, "-", "-", "-", "-")
            .Save(_db.File("ВПР без данных.xlsx"));

        _db.LoadOk(path, FileKind.VprMarks).Rows.Should().Be(3);
        _db.Rows("SELECT login, participants, share2, share5 FROM vpr_marks ORDER BY login").Should().BeEquivalentTo(new[]
        {
            new object?[] { "sch470001", 25, 10.0, 10.0 },
            new object?[] { "sch470002", null, null, null },
            new object?[] { "sch470003", 30, null, null },
        }, o => o.WithStrictOrdering());

        Recompute();

        // sch470001: mean = (2·10 + 3·40 + 4·40 + 5·10) / 100 = 3.5. sch470003 has 30 participants but no mark is known:
        // «недостаточно данных», no mean (reading «-» as 0 would have made it a mean of 0). sch470002 has not even
        // its participants: no result at all, and the recompute says so.
        _db.Rows("SELECT login, participants, is_counted, mean, low_share_pct FROM procedure_results ORDER BY login").Should().BeEquivalentTo(new[]
        {
            new object?[] { "sch470001", 25, true, 3.5, 10.0 },
            new object?[] { "sch470003", 30, false, null, null },
        }, o => o.WithStrictOrdering());
        Messages().Should().Contain("ВПР, статистика по отметкам: строк без числа участников — 1; они не учтены");
    }

    [Fact]
    public void An_ege_row_of_missing_values_loads_and_is_left_out_of_the_results()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("ЕГЭ");
        var path = wb.Row("Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел.")
            .Row(2024, "410001", "1", 40, "68,4", 1, 9, 1)
            .Row(2024, "430001", "1", "н/д", "н/д", "н/д", "н/д", "н/д")
            .Save(_db.File("ЕГЭ без данных.xlsx"));

        _db.LoadOk(path, FileKind.Ege).Rows.Should().Be(2);
        _db.Rows("SELECT participants, mean_score, below_min, high_81_100, score_100 FROM ege_results WHERE login = 'sch470003'")
            .Should().ContainSingle().Which.Should().Equal(new object?[] { null, null, null, null, null });

        Recompute();

        _db.Rows("SELECT login, participants, mean FROM procedure_results").Should().ContainSingle().Which.Should().Equal("sch470001", 40, 68.4);
        Messages().Should().Contain("ЕГЭ: строк без числа участников, среднего тестового балла или числа не преодолевших минимальный порог — 1; они не учтены");
    }

    [Fact]
    public void A_coverage_row_of_missing_values_loads_and_its_municipality_has_no_value_on_that_date_nor_a_share_of_the_region()
    {
        var path = _db.File("охват без данных.csv");
        File.WriteAllText(path, new StringBuilder()
            .AppendLine("Отчётная дата;Муниципалитет;Численность детей 5–18 лет;Охвачено дополнительным образованием;в т.ч. техническая и естественнонаучная направленности;Численность детей с ОВЗ 5–18 лет;Охвачено детей с ОВЗ")
            .AppendLine("01.04.2024;Лужский район;9 850;7 120;1 930;410;220")
            .AppendLine("01.04.2024;Гатчинский муниципальный район;н/д;н/д;н/д;н/д;н/д")
            .AppendLine("01.04.2024;Сосновоборский ГО;9 400;7 990;2 400;380;н/д")
            .ToString(), new UTF8Encoding(true));

        _db.LoadOk(path, FileKind.Coverage).Rows.Should().Be(3);
        _db.Rows("SELECT children_5_18, covered, covered_tech, children_ovz, covered_ovz FROM coverage WHERE municipality = 'Гатчинский район'")
            .Should().ContainSingle().Which.Should().Equal(new object?[] { null, null, null, null, null });

        Recompute();

        // Гатчинский has no value of any indicator; Сосновоборский none of DOP_OVZ (0/380 = 0% would be false).
        // Region Σ/Σ over the values that exist: DOP_5_18 = (7120 + 7990) / (9850 + 9400) = 15110 / 19250 = 78.4935%;
        // DOP_TECH = (1930 + 2400) / 19250 = 4330 / 19250 = 22.4935%; DOP_OVZ = 220 / 410 = 53.6585%.
        _db.Rows("SELECT code, municipality, numerator, denominator FROM indicator_values WHERE value_date = DATE '2024-04-01' ORDER BY code, municipality")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "DOP_5_18", "Ленинградская область", 15110.0, 19250.0 },
                new object?[] { "DOP_5_18", "Лужский район", 7120.0, 9850.0 },
                new object?[] { "DOP_5_18", "Сосновоборский городской округ", 7990.0, 9400.0 },
                new object?[] { "DOP_OVZ", "Ленинградская область", 220.0, 410.0 },
                new object?[] { "DOP_OVZ", "Лужский район", 220.0, 410.0 },
                new object?[] { "DOP_TECH", "Ленинградская область", 4330.0, 19250.0 },
                new object?[] { "DOP_TECH", "Лужский район", 1930.0, 9850.0 },
                new object?[] { "DOP_TECH", "Сосновоборский городской округ", 2400.0, 9400.0 },
            }, o => o.WithStrictOrdering());
        _db.Scalar<double>("SELECT value FROM indicator_values WHERE code = 'DOP_5_18' AND municipality = 'Ленинградская область'")
            .Should().BeApproximately(78.4935, 1e-4);
    }

    [Fact]
    public void A_registry_row_whose_type_locality_and_enrolment_are_missing_loads_as_nulls_and_exports_them_empty()
    {
        using var wb = new Workbook("Справочник");
        var path = wb.Row("Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся")
            .Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812)
            .Row("sch470002", "410002", "МОУ «Толмачёвская СОШ»", "Лужский район", "н/д", "-", "н/д")
            .Save(_db.File("справочник без данных.xlsx"));

        _db.LoadOk(path, FileKind.Schools).Rows.Should().Be(2);
        using (var connection = _db.Open())
        {
            var schools = new SchoolsExport().Query(connection, ExportFilter.None);
            Enumerable.Range(0, schools.Columns.Count).Select(c => schools.Value(1, c)).Should().Equal(
                "sch470002", "410002", "МОУ «Толмачёвская СОШ»", "Лужский район", "Южный округ", null, null, null);
        }

        // Later files still find the school, and the recompute reads the registry with its NULLs.
        using (var marks = new Workbook("Отметки"))
        {
            var path2 = marks.Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5")
                .Row(2024, "Математика", 5, "sch470002", 12, "50%", "25%", "25%", "0%")
                .Save(_db.File("ВПР отметки.xlsx"));
            _db.LoadOk(path2, FileKind.VprMarks);
        }

        Recompute();
        _db.Scalar<long>("SELECT count(*) FROM procedure_results WHERE login = 'sch470002'").Should().Be(1);
    }

    [Fact]
    public void A_roster_row_whose_role_and_partner_are_missing_loads_them_as_nulls()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using var wb = new Workbook("Участники");
        var path = wb.Row("Проект", "Год", "Логин ОО", "Роль", "Логин ОО партнёра")
            .Row("Сетевое наставничество", 2024, "sch470001", "наставник", "sch470005")
            .Row("Сетевое наставничество", 2024, "sch470002", "-", "н/д")
            .Save(_db.File("участники без ролей.xlsx"));

        _db.LoadOk(path, FileKind.Rosters).Rows.Should().Be(2);
        using var connection = _db.Open();
        new RostersExport().Rows(connection, ExportFilter.None).Select(r => (r.Login, r.Role, r.PartnerLogin))
            .Should().Equal(("sch470001", "наставник", "sch470005"), ("sch470002", (string?)null, (string?)null));
    }

    [Fact]
    public void A_decision_item_whose_deadline_responsible_codes_and_execution_are_missing_is_undated_regional_and_figureless()
    {
        using var wb = new Workbook("Решения");
        var path = wb.Row("Документ", "Дата документа", "Пункт", "Содержание", "Срок", "Ответственные", "Показатели", "Дата исполнения", "Отметка об исполнении")
            .Row("Решение совещания", "22.12.2023", "1", "Принять информацию к сведению", "-", "н/д", "—", "-", "н/д")
            .Save(_db.File("решение без сроков.xlsx"));

        _db.LoadOk(path, FileKind.Decisions).Rows.Should().Be(1);
        using var connection = _db.Open();
        var row = new DecisionsExport(new DateOnly(2024, 6, 1), new AnalyticsOptions()).Rows(connection, ExportFilter.None).Single();
        (row.DeadlineText, row.Deadline, row.Responsible, row.Status, row.DoneDate, row.OnTime, row.Code, row.DoneNote)
            .Should().Be(((string?)null, (DateOnly?)null, (string?)null, Edu.Analytics.Model.ExecutionStatus.NoDeadline, (DateOnly?)null, (bool?)null, (string?)null, (string?)null));
        row.Scope.Should().Be(Edu.Reference.DecisionScope.Regional);
    }

    [Fact]
    public void An_individual_vpr_work_and_an_oge_result_of_missing_values_load_as_nulls()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        using (var wb = new Workbook("Результаты"))
        {
            var vpr = wb.Row("ВПР 2024 Математика 5 класс")
                .Row("ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (1б)", "2 (1б)", "Первичный балл", "Отметка", "Отметка по журналу")
                .Row("sch470001", "Лужский район", "МОУ «Лужская СОШ № 1»", "10001", "5А", "1", 1, 1, 2, 4, 4)
                .Row("sch470001", "Лужский район", "МОУ «Лужская СОШ № 1»", "10002", "5А", "-", "X", "Х", "н/д", "не пройд.", "нет отметки")
                .Save(_db.File("ВПР без данных.xlsx"));
            _db.LoadOk(vpr, FileKind.VprIndividual).Rows.Should().Be(2);
        }

        _db.Rows("SELECT variant, primary_score, mark, journal_mark, task_scores::VARCHAR FROM vpr_works WHERE participant_code = '10002'")
            .Should().ContainSingle().Which.Should().Equal(new object?[] { null, null, null, null, "[NULL, NULL]" });

        using (var wb = new Workbook("Протокол"))
        {
            var oge = wb.Row("02 Математика 24.05.2024")
                .Row("Код МСУ", "Код ОО", "Класс", "Код ППЭ", "Аудитория", "Фамилия", "Имя", "Отчество", "Серия", "Номер", "Первичный балл", "Оценка")
                .Row("12", "410001", "9А", "-", "-", "Кузнецова", "Анастасия", "Игоревна", "4015", "123456", "н/д", "-")
                .Save(_db.File("ОГЭ без данных.xlsx"));
            _db.LoadOk(oge, FileKind.Oge).Rows.Should().Be(1);
        }

        _db.Rows("SELECT ppe_code, auditorium, primary_score, mark FROM oge_results").Should().ContainSingle().Which.Should().Equal(new object?[] { null, null, null, null });
    }

    [Fact]
    public void A_codifier_row_whose_description_and_maximum_are_missing_loads_and_its_task_shows_its_number_only()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.VprIndividual(_db), FileKind.VprIndividual);
        using (var wb = new Workbook("Кодификатор"))
        {
            var path = wb.Row("Год", "Предмет", "Класс", "Номер задания", "Проверяемые требования (умения)", "Максимальный балл")
                .Row(2024, "Математика", 5, "1", "Оперировать понятием «натуральное число»", 1)
                .Row(2024, "Математика", 5, "3", "н/д", "-")
                .Save(_db.File("кодификатор без данных.xlsx"));
            _db.LoadOk(path, FileKind.VprTasks).Rows.Should().Be(2);
        }

        _db.Rows("SELECT requirement, max_score FROM vpr_task_requirements WHERE task_label = '3'").Should().ContainSingle()
            .Which.Should().Equal(new object?[] { null, null });
        Recompute();

        // Task 3's maximum stays the task column's (2); no description is no text, never «н/д».
        _db.Rows("SELECT DISTINCT task_label, requirement, max_score FROM task_results ORDER BY task_label").Should().BeEquivalentTo(new[]
        {
            new object?[] { "1", "Оперировать понятием «натуральное число»", 1.0 },
            new object?[] { "2", null, 1.0 },
            new object?[] { "3", null, 2.0 },
            new object?[] { "4.1", null, 2.0 },
        }, o => o.WithStrictOrdering());
    }
}
