using Edu.Loading.Headers;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Loading;

/// <summary>Every kind loads from its messy real layout, with values checked by hand.</summary>
public sealed class KindLoadingTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Schools_registry_below_title_rows_maps_every_spelling_of_a_municipality()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools).Rows.Should().Be(6);

        var rows = _db.Rows("SELECT login, municipality, district, is_rural, enrolment FROM schools ORDER BY login");
        rows.Select(r => (string)r[1]!).Should().Equal(
            "Лужский район", "Лужский район", "Гатчинский район", "Сосновоборский городской округ", "Лужский район", "Всеволожский район");
        rows[1][0].Should().Be("sch470002", "logins are stored in lower case");
        rows[1][3].Should().Be(true);
        rows[1][4].Should().Be(240, "a number stored as text is a number");
        rows[3][3].Should().Be(false, "«г.» is a town");
        rows[0][2].Should().Be("Южный округ");
    }

    [Fact]
    public void Context_reads_decimal_commas_percent_signs_and_missing_codes_and_folds_academic_years()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.Context(_db), FileKind.Context).Rows.Should().Be(3);

        var rows = _db.Rows("SELECT year, login, low_income_pct, ovz_pct, non_native_pct, parents_higher_ed_pct, single_parent_pct, staffing_pct FROM school_context ORDER BY login");
        rows.Select(r => r[0]).Should().AllBeEquivalentTo(2024);
        rows[0].Skip(2).Should().Equal(12.5, 3.1, 2.0, 45.3, 18.0, 100.0);
        rows[1][3].Should().BeNull("«н/д» is no value, not zero");
        rows[1][4].Should().BeNull("«-» is no value, not zero");
        rows[1][6].Should().Be(27.5);
    }

    [Fact]
    public void Vpr_individual_takes_procedure_from_title_and_keeps_task_maxima_and_scores()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var outcome = _db.LoadOk(Fixtures.VprIndividual(_db), FileKind.VprIndividual);
        outcome.Rows.Should().Be(5);
        outcome.Scope.Should().Be("2024 · Математика · 5 кл.");

        _db.Rows("SELECT task_label, max_score FROM vpr_tasks ORDER BY task_no")
            .Select(r => ((string)r[0]!, (double)r[1]!)).Should().Equal(("1", 1.0), ("2", 1.0), ("3", 2.0), ("4.1", 2.0));
        var works = _db.Rows("SELECT participant_code, grade, primary_score, mark, journal_mark FROM vpr_works ORDER BY participant_code");
        works.Select(w => w[1]).Should().AllBeEquivalentTo(5);
        works[1].Should().Equal("10002", 5, 2.0, 3, 4);
        works[3][4].Should().BeNull("«нет отметки» is no mark");
        works[4][2].Should().BeNull();
        works[4][3].Should().BeNull("«не пройд.» is no mark");
        _db.Scalar<int>("SELECT count(*) FROM (SELECT unnest(task_scores) AS s FROM vpr_works)").Should().Be(5 * 4);
        _db.Scalar<int>("SELECT count(*) FROM (SELECT unnest(task_scores) AS s FROM vpr_works) WHERE s IS NULL").Should().Be(1 + 4, "«X» is a task not attempted");
        _db.Scalar<string>("SELECT task_scores::VARCHAR FROM vpr_works WHERE participant_code = '10002'").Should().Be("[1.0, 0.0, 1.0, NULL]");
    }

    [Fact]
    public void Vpr_tasks_under_a_merged_header_read_task_numbers_in_any_spelling_and_keep_a_missing_description_empty()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.VprIndividual(_db), FileKind.VprIndividual);
        var outcome = _db.LoadOk(Fixtures.VprTasks(_db), FileKind.VprTasks);
        outcome.Rows.Should().Be(4);
        outcome.Scope.Should().Be("2024 · Математика · 5 кл.");

        // 1 (a number), «2» (text), «3.» and «4,1» are the task columns' «1», «2», «3», «4.1»; «-» is no description.
        _db.Rows("SELECT year, subject, grade, task_label, requirement, max_score FROM vpr_task_requirements ORDER BY task_label")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { 2024, "Математика", 5, "1", "Оперировать понятием «натуральное число»", 1.0 },
                new object?[] { 2024, "Математика", 5, "2", "Выполнять арифметические действия с обыкновенными дробями", 1.0 },
                new object?[] { 2024, "Математика", 5, "3", "Решать задачи на движение", 2.0 },
                new object?[] { 2024, "Математика", 5, "4.1", null, 2.0 },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Vpr_tasks_take_the_procedure_from_a_title_read_a_date_as_the_typed_task_item_and_need_no_maximum()
    {
        // No individual results of this procedure are loaded, so there are no task columns to check against.
        using var wb = new Workbook();
        var path = wb.Row("Проверяемые требования (умения). ВПР 2025 Русский язык 5 класс")
            .Row("№ задания", "Проверяемые требования")
            .Row(1, "Списывать текст с пропусками орфограмм и пунктограмм")
            .Row(new DateTime(2025, 1, 2), "Проводить морфемный разбор слова")
            .Save(_db.File("требования русский 5.xlsx"));

        _db.LoadOk(path, FileKind.VprTasks).Scope.Should().Be("2025 · Русский язык · 5 кл.");

        // Russian Excel turns a typed «2.1» into 2 January: day and month are the task and its item.
        _db.Rows("SELECT year, subject, grade, task_label, max_score FROM vpr_task_requirements ORDER BY task_label")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { 2025, "Русский язык", 5, "1", null },
                new object?[] { 2025, "Русский язык", 5, "2.1", null },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_corrected_codifier_replaces_the_tasks_of_its_procedure_and_no_other()
    {
        _db.LoadOk(Fixtures.VprTasks(_db), FileKind.VprTasks);
        using (var wb = new Workbook())
        {
            _db.LoadOk(wb.Row("ВПР 2025 Русский язык 5 класс").Row("Номер задания", "Проверяемые требования (умения)")
                .Row("1", "Списывать текст").Row("2", "Проводить морфемный разбор").Save(_db.File("русский 5.xlsx")), FileKind.VprTasks);
        }

        using (var corrected = new Workbook())
        {
            _db.LoadOk(corrected.Row("Год", "Предмет", "Класс", "Номер задания", "Проверяемые требования (умения)")
                .Row(2024, "Математика", 5, "1", "Сравнивать натуральные числа").Save(_db.File("кодификатор исправленный.xlsx")), FileKind.VprTasks);
        }

        _db.Rows("SELECT year, subject, count(*) FROM vpr_task_requirements GROUP BY ALL ORDER BY year")
            .Should().BeEquivalentTo(new[] { new object?[] { 2024, "Математика", 1L }, new object?[] { 2025, "Русский язык", 2L } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Vpr_marks_under_a_merged_two_row_header_skip_the_total_row_and_keep_blank_shares_null()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.VprMarks(_db), FileKind.VprMarks).Rows.Should().Be(3, "the «Итого» row is not data");

        var rows = _db.Rows("SELECT login, participants, share2, share3, share4, share5 FROM vpr_marks ORDER BY login");
        rows[0].Should().Equal("sch470001", 48, 10.5, 45.3, 34.2, 10.0);
        rows[2][2].Should().BeNull();
        rows[2][1].Should().Be(4);
    }

    [Fact]
    public void Vpr_marks_as_fractions_are_stored_as_percents_whether_formatted_or_bare()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.VprMarksFractions(_db), FileKind.VprMarks);

        var rows = _db.Rows("SELECT subject, grade, share2, share3, share4, share5 FROM vpr_marks ORDER BY login");
        rows[0][0].Should().Be("Русский язык", "subject spellings fold to one");
        rows[0].Skip(2).Cast<double>().Should().Equal([10, 45.3, 34.7, 10], (a, b) => Math.Abs(a - b) < 1e-9);
        rows[1].Skip(2).Cast<double>().Should().Equal([4, 36, 40, 20], (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Oge_protocol_maps_school_codes_to_logins_and_dates_from_the_title()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var outcome = _db.LoadOk(Fixtures.Oge(_db), FileKind.Oge);
        outcome.Rows.Should().Be(3);

        var rows = _db.Rows("SELECT year, subject, exam_date, login, primary_score, mark, participant_key FROM oge_results ORDER BY primary_score");
        rows[0].Take(6).Should().Equal(2024, "Математика", new DateOnly(2024, 5, 24), "sch470001", 6.0, 2);
        rows[2][3].Should().Be("sch470003");
        rows.Select(r => (string)r[6]!).Should().OnlyHaveUniqueItems().And.AllSatisfy(k => k.Should().MatchRegex("^[0-9a-f]{32}$"));
    }

    [Fact]
    public void Ege_accepts_subject_codes()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.Ege(_db), FileKind.Ege).Rows.Should().Be(3);

        _db.Rows("SELECT login, subject, participants, mean_score, below_min FROM ege_results ORDER BY login, subject")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "sch470001", "Математика профильная", 22, 55.1, 3 },
                new object?[] { "sch470001", "Русский язык", 40, 68.4, 1 },
                new object?[] { "sch470003", "Русский язык", 75, 81.2, 0 },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Coverage_csv_with_spaces_in_numbers_skips_the_total_row()
    {
        var outcome = _db.LoadOk(Fixtures.CoverageCsv(_db), FileKind.Coverage);
        outcome.Rows.Should().Be(3);
        _db.Rows("SELECT municipality, children_5_18, covered, covered_tech, children_ovz, covered_ovz FROM coverage ORDER BY municipality")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "Гатчинский район", 31200, 24960, 6100, 1250, 700 },
                new object?[] { "Лужский район", 9850, 7120, 1930, 410, 220 },
                new object?[] { "Сосновоборский городской округ", 9400, 7990, 2400, 380, null },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Targets_with_empty_municipality_apply_to_all()
    {
        _db.LoadOk(Fixtures.Targets(_db), FileKind.Targets).Rows.Should().Be(3);
        _db.Rows("SELECT indicator_code, municipality, deadline, target_value, at_least FROM targets ORDER BY indicator_code")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "DOP_5_18", null, new DateOnly(2024, 12, 31), 80.0, true },
                new object?[] { "DOP_TECH", null, new DateOnly(2021, 12, 31), 25.0, true },
                new object?[] { "SHNOR_SHARE", "Лужский район", new DateOnly(2025, 6, 30), 5.5, false },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Indicator_values_read_counts_shares_and_the_region_row_under_a_two_row_header()
    {
        var outcome = _db.LoadOk(Fixtures.IndicatorValues(_db), FileKind.IndicatorValues);

        outcome.Rows.Should().Be(5, "the «Итого» row is not a value");
        outcome.Scope.Should().Be("показатели: BILET на 31.12.2024; PFDO на 31.12.2024; SPO_MONITORING на 31.12.2024");
        _db.Rows("SELECT indicator_code, municipality, value_date, value, numerator, denominator, unit FROM reported_values ORDER BY indicator_code, municipality")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "BILET", "Гатчинский район", new DateOnly(2024, 12, 31), 3400.0, null, null, "чел." },
                new object?[] { "BILET", "Лужский район", new DateOnly(2024, 12, 31), 1250.0, null, null, "чел." },
                // «-» in Значение beside a numerator and a denominator: the value is theirs, 3760 / 9400 × 100 = 40.
                new object?[] { "PFDO", "Лужский район", new DateOnly(2024, 12, 31), null, 4925.0, 9850.0, "%" },
                new object?[] { "PFDO", "Сосновоборский городской округ", new DateOnly(2024, 12, 31), null, 3760.0, 9400.0, "%" },
                new object?[] { "SPO_MONITORING", "Ленинградская область", new DateOnly(2024, 12, 31), 87.5, null, null, "%" },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Rosters_fold_years_logins_roles_and_project_spellings()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var outcome = _db.LoadOk(Fixtures.Rosters(_db), FileKind.Rosters);

        outcome.Rows.Should().Be(5);
        outcome.Scope.Should().Be("проекты: «Сетевое наставничество» 2024; «Стабильно высокие образовательные результаты» 2024");
        _db.Rows("SELECT project, year, login, role, partner_login FROM project_rosters ORDER BY project, login")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "Сетевое наставничество", 2024, "sch470001", "наставник", "sch470005" },
                new object?[] { "Сетевое наставничество", 2024, "sch470005", "подшефная", "sch470001" },
                new object?[] { "Сетевое наставничество", 2024, "sch470006", "стажировочная площадка", null },
                new object?[] { "Стабильно высокие образовательные результаты", 2024, "sch470003", "участник", null },
                new object?[] { "Стабильно высокие образовательные результаты", 2024, "sch470004", null, null },
            }, o => o.WithStrictOrdering());
        _db.Scalar<long>("SELECT count(DISTINCT project_key) FROM project_rosters").Should().Be(2, "quotes and double spaces do not make another project");
    }

    [Fact]
    public void Decisions_keep_the_text_as_written_and_store_the_deadline_and_scope_read_from_it()
    {
        var outcome = _db.LoadOk(Fixtures.Decisions(_db), FileKind.Decisions);

        outcome.Rows.Should().Be(5);
        outcome.Scope.Should().Be("документы: «Решение КС № 1» от 22.12.2020");
        var rows = _db.Rows("""
            SELECT item, item_order, deadline_text, deadline, recurring, scope, array_to_string(municipalities, '; '), array_to_string(parties, '; '), array_to_string(indicator_codes, '; '), done_date, done_note
            FROM decisions ORDER BY item_order
            """);
        rows.Should().BeEquivalentTo(new[]
        {
            new object?[] { "1", 1, "до 01 февраля 2021 года", new DateOnly(2021, 2, 1), false, "все муниципалитеты", "",
                "Органы местного самоуправления, осуществляющие управление в сфере образования", "", new DateOnly(2021, 1, 28), "исполнено, письмо от 28.01.2021" },
            new object?[] { "2.1", 2, "в течение 2021 года", new DateOnly(2021, 12, 31), false, "региональный", "",
                "Руководители профессиональных образовательных организаций", "SPO_MONITORING", null, null },
            new object?[] { "2.2", 3, "IV квартал 2021", new DateOnly(2021, 12, 31), false, "муниципальный", "Лужский район; Гатчинский район",
                "Органы местного самоуправления, осуществляющие управление в сфере образования; ГАОУ ДПО «ЛОИРО»", "DOP_TECH; DOP_5_18", null, null },
            new object?[] { "3", 4, "постоянно", null, true, "региональный", "", "ГАОУ ДПО «ЛОИРО»", "", null, null },
            new object?[] { "4", 5, null, null, false, "региональный", "", "", "", null, null },
        }, o => o.WithStrictOrdering());
        _db.Scalar<DateOnly>("SELECT DISTINCT document_date FROM decisions").Should().Be(new DateOnly(2020, 12, 22), "a date as text and as a date are one date");
    }

    [Fact]
    public void Self_diagnostics_read_levels_in_any_form_and_the_points_of_directions_under_a_merged_caption()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var outcome = _db.LoadOk(Fixtures.SelfDiagnostics(_db), FileKind.SelfDiagnostics);

        outcome.Rows.Should().Be(3, "the blank and «Итого» rows are skipped");
        outcome.Scope.Should().Be("самодиагностика: 15.11.2023, 20.05.2024");
        _db.Rows("SELECT round_date, login, level, total_points FROM self_diagnostics ORDER BY round_date, login")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { new DateOnly(2023, 11, 15), "sch470001", "базовый", 120.5 },
                new object?[] { new DateOnly(2023, 11, 15), "sch470005", "ниже базового", 64.0 },
                new object?[] { new DateOnly(2024, 5, 20), "sch470005", "базовый", 101.0 },
            }, o => o.WithStrictOrdering());
        _db.Rows("SELECT login, direction, points FROM self_diagnostics_directions WHERE round_date = DATE '2023-11-15' ORDER BY login, direction")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "sch470001", "Здоровье", 9.0 },
                new object?[] { "sch470001", "Знание", 20.0 },
                new object?[] { "sch470001", "Учитель. Школьная команда", 12.0 },
                new object?[] { "sch470005", "Здоровье", 5.0 },
                new object?[] { "sch470005", "Знание", 8.0 },
            }, o => o.WithStrictOrdering(), "«-» is no value: the direction has no row, never 0 points");
    }

    [Fact]
    public void Self_diagnostics_criteria_keep_numbers_apart_and_name_directions_in_one_spelling()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        var outcome = _db.LoadOk(Fixtures.SelfDiagnosticsCriteria(_db), FileKind.SelfDiagnosticsCriteria);

        outcome.Rows.Should().Be(4);
        _db.Rows("SELECT login, direction, criterion_no, points, max_points FROM self_diagnostics_criteria ORDER BY login, criterion_no")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "sch470001", "Знание", "1.10", 1.0, 3.0 },
                new object?[] { "sch470001", "Знание", "1.9", 0.0, 2.0 },
                new object?[] { "sch470005", "Знание", "1.9", 0.0, null },
                new object?[] { "sch470005", "Учитель. Школьная команда", "7.2", 0.0, null },
            }, o => o.WithStrictOrdering(), "«1,9» is «1.9», a date 07.02 is the typed «7.2», and «1.10» stays apart from «1.1»");
    }

    [Fact]
    public void A_corrected_self_diagnostics_round_replaces_that_round_with_its_directions()
    {
        _db.LoadOk(Fixtures.Schools(_db), FileKind.Schools);
        _db.LoadOk(Fixtures.SelfDiagnostics(_db), FileKind.SelfDiagnostics);
        using (var wb = new Workbook("Самодиагностика"))
        {
            wb.Row("Дата самодиагностики", "Логин ОО", "Уровень", "Итого баллов")
                .Row("15.11.2023", "sch470005", "базовый", 90)
                .Save(_db.File("Самодиагностика исправленная.xlsx"));
        }
        _db.LoadOk(_db.File("Самодиагностика исправленная.xlsx"), FileKind.SelfDiagnostics);

        _db.Rows("SELECT round_date, login, level FROM self_diagnostics ORDER BY round_date, login").Should().BeEquivalentTo(new[]
        {
            new object?[] { new DateOnly(2023, 11, 15), "sch470005", "базовый" },
            new object?[] { new DateOnly(2024, 5, 20), "sch470005", "базовый" },
        }, o => o.WithStrictOrdering(), "the corrected file restates the round of 15.11.2023; the May round stays");
        _db.Scalar<long>("SELECT count(*) FROM self_diagnostics_directions WHERE round_date = DATE '2023-11-15'").Should().Be(0,
            "the corrected round gives no directions, and the earlier file's directions of that round go with it");
        _db.Scalar<long>("SELECT count(*) FROM self_diagnostics_directions WHERE round_date = DATE '2024-05-20'").Should().Be(3);
    }
}
