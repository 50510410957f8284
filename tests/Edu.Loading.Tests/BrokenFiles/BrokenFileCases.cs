using System.Text;
using Edu.Loading.Tests.Support;
using static Edu.Loading.Tests.BrokenFiles.BrokenInputs;

namespace Edu.Loading.Tests.BrokenFiles;

/// <summary>One broken file: how to write it, and the one problem (text and place) it must be refused with.</summary>
public sealed record BrokenFileCase(string Name, Func<TestDatabase, string> Write, ExpectedProblem Expected);

/// <summary>
/// The corpus. Each case breaks exactly one thing in an otherwise valid file, so the problem
/// it expects must be the only one reported: anything more is noise the analyst has to wade through.
/// </summary>
public static class BrokenFileCases
{
    public static readonly IReadOnlyList<BrokenFileCase> All =
    [
        // ——— the file cannot be read at all ———
        new("empty_file_of_0_bytes",
            db => WriteBytes(db, "пустой.xlsx", []),
            new("файл пуст (0 байт)")),
        new("xlsx_cut_in_half_as_by_an_interrupted_download",
            db =>
            {
                var bytes = File.ReadAllBytes(Fixtures.VprMarks(db, "целый.xlsx"));
                return WriteBytes(db, "недокачанный.xlsx", bytes[..(bytes.Length / 2)]);
            },
            new("файл повреждён: архив .xlsx не читается (возможно, файл скачан не полностью)")),
        new("plain_text_named_xlsx",
            db => WriteText(db, "отчёт.xlsx", "Логин ОО;Код ОО\nsch470001;410001\n", new UTF8Encoding(false)),
            new("файл повреждён или не является книгой Excel: его содержимое не похоже на формат .xlsx")),
        new("zip_archive_that_is_not_a_workbook",
            db => Zip(db, "архив.xlsx", ("readme.txt", Text("Это архив с документами, а не книга Excel")), ("docs/приказ.txt", Text("Приказ № 1"))),
            new("файл не является книгой Excel: в архиве нет книги (xl/workbook.xml)")),
        // A real zip bomb inflates to gigabytes; proving the guard does not need one. The guard reads
        // declared sizes from the zip directory without inflating anything, so 20 MB of zeros
        // (≈20 KB on disk, ratio ≈1000 against the default limit of 250) trips it in milliseconds.
        new("zip_bomb_whose_sheet_inflates_a_thousandfold",
            db => Zip(db, "бомба.xlsx",
                ("[Content_Types].xml", Text("<Types/>")), ("xl/workbook.xml", Text("<workbook/>")), ("xl/worksheets/sheet1.xml", Zeros(20L * 1024 * 1024))),
            new("файл отклонён как подозрительный архив (zip-бомба): часть «xl/worksheets/sheet1.xml» сжата в")),
        // Declared sizes are only a claim. This valid workbook's sheet inflates to 20 MB more than its
        // zip directory says; System.IO.Compression stops at the declared size, so without counting the
        // inflated bytes the file would even load, from a sheet that is not what the package holds.
        new("zip_bomb_whose_sheet_inflates_past_its_declared_size",
            db => WithSheetInflatingPastItsDeclaredSize(db, Fixtures.VprMarks(db, "целый.xlsx"), "ложный размер.xlsx", 20L * 1024 * 1024),
            new("файл отклонён как подозрительный архив (zip-бомба): часть «xl/worksheets/sheet1.xml» распаковывается в больший объём, чем указано в архиве (")),
        // Made once with LibreOffice (Fixtures/make-password-protected.py): real OOXML Standard encryption in an OLE container.
        new("password_protected_xlsx_made_by_libreoffice",
            db => Committed(db, "password-protected.xlsx", "Справочник (пароль).xlsx"),
            new("файл защищён паролем: снимите пароль в Excel (Файл → Сведения → Защита книги) и загрузите снова")),
        // The same workbook saved as a password-protected .xls (BIFF8 with a FILEPASS record).
        new("password_protected_xls_made_by_libreoffice",
            db => Committed(db, "password-protected.xls", "Справочник (пароль).xls"),
            new("файл защищён паролем: снимите пароль в Excel и загрузите снова")),
        new("binary_garbage_named_csv",
            db =>
            {
                var bytes = new byte[4096];
                new Random(20240524).NextBytes(bytes);
                bytes[0] = (byte)'G';
                bytes[100] = 0;
                return WriteBytes(db, "выгрузка.csv", bytes);
            },
            new("файл не является таблицей: ожидался .xlsx, .xls или .csv")),

        // ——— the file is readable but is not (or not only) one of our kinds ———
        new("wrong_kind_real_moscow_oge_2015_open_data",
            db => CopyOf(db, RepoPaths.RealData("moscow_oge_2015", "data.xlsx"), "ОГЭ Москва 2015.xlsx"),
            new("не удалось определить вид файла: в первых строках нет заголовков ни одного из известных видов", Sheet: "Sheet0")),
        new("schools_registry_missing_two_required_columns",
            db =>
            {
                using var wb = new Workbook("Справочник");
                return wb.Row("Справочник ОО").Row("Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО")
                    .Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ").Save(db.File("справочник без столбцов.xlsx"));
            },
            new("похоже на «Справочник ОО» (заголовок в строке 2), но не найдены обязательные столбцы: «Тип местности», «Численность обучающихся»", Sheet: "Справочник")),
        new("workbook_of_only_empty_sheets",
            db =>
            {
                using var wb = new Workbook("Лист1");
                return wb.Sheet("Лист2").Sheet("Лист3").Save(db.File("пустая книга.xlsx"));
            },
            new("файл не содержит данных: все листы пусты")),
        new("header_but_no_data_rows",
            db => Targets(db, "только заголовок.xlsx"),
            new("нет ни одной строки с данными под заголовком")),
        new("two_sheets_holding_different_kinds",
            db =>
            {
                using var wb = new Workbook("ОО");
                return wb.Row(SchoolsHeader).Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812)
                    .Sheet("Показатели").Row("Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие")
                    .Row("DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее").Save(db.File("два вида.xlsx"));
            },
            new("лист содержит «Целевые показатели», а предыдущие листы — «Справочник ОО»; загружайте разные виды данных отдельными файлами", Sheet: "Показатели")),
        new("vpr_individual_with_neither_title_nor_year_and_subject_columns",
            db =>
            {
                using var wb = new Workbook("Результаты");
                return wb.Row(VprIndividualHeader).Row(Work("10001")).Row(Work("10002")).Save(db.File("ВПР без заголовка.xlsx"));
            },
            new("не указаны год, предмет и класс: ожидалась строка заголовка вида «ВПР 2024 Математика 5 класс» или столбцы «Год» и «Предмет»",
                Sheet: "Результаты", Row: 1)),
        new("oge_protocol_with_neither_title_nor_subject_column",
            db => Oge(db, "ОГЭ без предмета.xlsx", "Протокол проверки", OgeRow("Кузнецова", "123456"), OgeRow("Смирнов", "654321")),
            new("не указан предмет: ожидалась строка заголовка вида «02 Математика 24.05.2024» или столбец «Предмет»", Sheet: "Протокол", Row: 3)),

        // ——— one bad value in one cell ———
        new("text_in_a_number_cell",
            db => CoverageCsv(db, "охват.csv", "01.04.2024;Лужский район;9 850 чел;7 120;1 930;410;220"),
            new("ожидалось целое число, а записано «9 850 чел»", Sheet: "CSV", Row: 3, Column: "C («Численность детей 5–18 лет»)")),
        new("mark_6_in_vpr_individual",
            db => VprIndividual(db, "ВПР отметка 6.xlsx", Work("10001"), Work("10002", mark: 6)),
            new("отметка 6 вне допустимого диапазона 2…5", Sheet: "Результаты", Row: 5, Column: "L («Отметка»)")),
        new("task_score_above_its_maximum",
            // Task 3 is worth 2 points; 3 is written, and the primary score follows the sum (within the paper's 6) so only the task is wrong.
            db => VprIndividual(db, "ВПР балл выше максимума.xlsx", Work("10001", tasks: [1, 0, 3, 0], primary: 4)),
            new("балл 3 за задание 3 вне диапазона 0…2", Sheet: "Результаты", Row: 4, Column: "I («3 (2б)»)")),
        new("vpr_tasks_maximum_differs_from_the_loaded_task_column",
            // The seeded results have task 3 worth 2 points («3 (2б)»); the codifier says 3.
            db => VprTasks(db, "кодификатор макс 3.xlsx", Requirement("1", 1), Requirement("3", 3)),
            new("максимальный балл задания 3 — 3, а в столбце «3 (2б)» загруженных индивидуальных результатов ВПР 2024 · Математика · 5 кл. — 2; ожидалось одно и то же значение",
                Sheet: "Кодификатор", Row: 3, Column: "F («Максимальный балл»)")),
        new("vpr_individual_task_maximum_differs_from_the_loaded_codifier",
            // The seeded codifier gives task 3 two points; this file's column says 3 (primary 6 stays within the paper's 7).
            db =>
            {
                using var wb = new Workbook("Результаты");
                object?[] header = [.. VprIndividualHeader];
                header[8] = "3 (3б)";
                return wb.Row("ВПР 2024 Математика 5 класс").Row("Выгрузка из ФИС ОКО от 01.06.2024").Row(header).Row(Work("10001"))
                    .Save(db.File("ВПР задание 3 на 3 балла.xlsx"));
            },
            new("максимальный балл задания 3 — 3, а в загруженных проверяемых требованиях ВПР 2024 · Математика · 5 кл. — 2; ожидалось одно и то же значение",
                Sheet: "Результаты", Row: 3, Column: "I («3 (3б)»)")),
        new("vpr_tasks_task_the_loaded_results_do_not_have",
            db => VprTasks(db, "кодификатор задание 5.xlsx", Requirement("1", 1), Requirement("5", null)),
            new("задания 5 нет среди столбцов заданий загруженных индивидуальных результатов ВПР 2024 · Математика · 5 кл.: там задания 1, 2, 3, 4.1",
                Sheet: "Кодификатор", Row: 3, Column: "D («Номер задания»)")),
        new("vpr_tasks_task_number_that_is_no_number",
            db => VprTasks(db, "кодификатор задание А.xlsx", Requirement("первое", 1)),
            new("номер задания «первое» не распознан: ожидался номер, как в столбцах заданий, например «9» или «9.1»",
                Sheet: "Кодификатор", Row: 2, Column: "D («Номер задания»)")),
        new("vpr_tasks_with_neither_title_nor_procedure_columns",
            db =>
            {
                using var wb = new Workbook("Кодификатор");
                return wb.Row("Номер задания", "Проверяемые требования (умения)").Row("1", "Оперировать понятием «натуральное число»")
                    .Save(db.File("кодификатор без процедуры.xlsx"));
            },
            new("не указаны год, предмет и класс: ожидалась строка заголовка вида «ВПР 2024 Математика 5 класс» или столбцы «Год», «Предмет» и «Класс»",
                Sheet: "Кодификатор", Row: 1)),
        new("primary_score_not_the_sum_of_task_scores",
            db => VprIndividual(db, "ВПР первичный балл.xlsx", Work("10001", primary: 5)),
            new("первичный балл 5 не равен сумме баллов за задания 6", Sheet: "Результаты", Row: 4, Column: "K («Первичный балл»)")),
        new("mark_shares_not_summing_to_100",
            db => VprMarks(db, "ВПР доли 109.xlsx", Marks("sch470001", 48, "10%", "45,3%", "34,2%", "20%")),
            new("доли отметок «2»–«5» в сумме дают 109,5%, ожидалось 100% (±1)", Sheet: "Отметки", Row: 3)),
        new("mark_counts_not_summing_to_participants",
            db =>
            {
                // The group caption «…, чел.» says the columns «2»–«5» hold counts, not shares.
                using var wb = new Workbook("Отметки");
                return wb.Row("Статистика по отметкам ВПР 2024")
                    .Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "Распределение отметок, чел.", null, null, null).MergePrevious(6, 9)
                    .Row(null, null, null, null, null, "2", "3", "4", "5").MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(4).MergeDown(5)
                    .Row(2024, "Математика", 5, "sch470001", 48, 5, 20, 15, 6)
                    .Save(db.File("ВПР количества.xlsx"));
            },
            new("количества отметок в сумме дают 46, а участников 48; ожидалось равенство", Sheet: "Отметки", Row: 4)),
        new("mark_counts_without_participants",
            db =>
            {
                // Counts can only be checked against the participants; «н/д» there leaves them unverifiable.
                using var wb = new Workbook("Отметки");
                return wb.Row("Статистика по отметкам ВПР 2024")
                    .Row("Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "Распределение отметок, чел.", null, null, null).MergePrevious(6, 9)
                    .Row(null, null, null, null, null, "2", "3", "4", "5").MergeDown(1).MergeDown(2).MergeDown(3).MergeDown(4).MergeDown(5)
                    .Row(2024, "Математика", 5, "sch470001", "н/д", 5, 20, 15, 8)
                    .Save(db.File("ВПР количества без участников.xlsx"));
            },
            new("указаны количества отметок «2»–«5», но не указано число участников: без него количества не проверить", Sheet: "Отметки", Row: 4)),
        new("context_share_above_100_percent",
            db => Context(db, "контекст 112.xlsx", [2024, "sch470001", "112,5", "3,1", "2", "45,3%", "18", 100], [2024, "sch470002", 31.2, 2, 1, 14, 27.5, 88]),
            new("доля 112,5% вне диапазона 0…100%", Sheet: "Контекст", Row: 3, Column: "C («Доля обучающихся из малообеспеченных семей, %»)")),
        new("academic_year_2023_2025_spans_two_years",
            db => Context(db, "контекст 2023-2025.xlsx", ["2023/2025", "sch470001", "12,5", "3,1", "2", "45,3%", "18", 100]),
            new("учебный год «2023/2025» должен состоять из двух соседних лет", Sheet: "Контекст", Row: 3, Column: "A («Год»)")),
        new("impossible_date_31_february",
            db => Targets(db, "показатели 31 февраля.xlsx", ["DOP_5_18", "Охват детей 5–18 лет", null, "31.02.2025", 82, "не менее"]),
            new("ожидалась дата ДД.ММ.ГГГГ, а записано «31.02.2025»", Sheet: "Показатели", Row: 2, Column: "D («Срок»)")),
        new("unknown_target_condition",
            db => Targets(db, "показатели условие.xlsx", ["DOP_5_18", "Охват детей 5–18 лет", null, "31.12.2025", 82, "примерно"]),
            new("условие «примерно» не распознано; ожидалось «не менее» или «не более»", Sheet: "Показатели", Row: 2, Column: "F («Условие»)")),

        // ——— references to what the database does not know ———
        new("unknown_school_login_in_vpr_marks",
            db => VprMarks(db, "ВПР чужая школа.xlsx", Marks("sch479999")),
            new("неизвестная ОО «sch479999»: её нет в справочнике ОО", Sheet: "Отметки", Row: 3, Column: "D («Логин ОО»)")),
        new("unknown_municipality_in_coverage",
            db => CoverageCsv(db, "охват Лунный.csv", "01.04.2024;Лунный район;9 850;7 120;1 930;410;220"),
            new("неизвестный муниципалитет «Лунный район»; ожидался один из муниципалитетов справочника (регион: Ленинградская область)", Sheet: "CSV", Row: 3, Column: "B («Муниципалитет»)")),
        new("unknown_educational_district_in_schools_registry",
            db =>
            {
                using var wb = new Workbook("Справочник");
                return wb.Row([.. SchoolsHeader, "Образовательный округ"])
                    .Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812, "Лунный")
                    .Save(db.File("справочник округ.xlsx"));
            },
            new("неизвестный образовательный округ «Лунный»; ожидался один из: Восточный округ, Западный округ, Северный округ, Центральный округ, Южный округ",
                Sheet: "Справочник", Row: 2, Column: "H («Образовательный округ»)")),
        new("unknown_locality_in_schools_registry",
            db => Schools(db, "справочник хутор.xlsx", ["sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "хутор", 812]),
            new("тип местности «хутор» не распознан; ожидалось «город» или «село»", Sheet: "Справочник", Row: 2, Column: "F («Тип местности»)")),
        new("unknown_ege_subject_code",
            db =>
            {
                using var wb = new Workbook("ЕГЭ");
                return wb.Row("Год", "Код ОО", "Код предмета", "Кол-во участников", "Средний тестовый балл", "Не преодолели минимальный порог, чел.", "81–100 баллов, чел.", "100 баллов, чел.")
                    .Row(2024, "410001", "99", 40, "68,4", 1, 9, 1).Save(db.File("ЕГЭ код 99.xlsx"));
            },
            new("неизвестный код предмета «99»", Sheet: "ЕГЭ", Row: 2, Column: "C («Код предмета»)")),

        // ——— duplicate keys inside one file ———
        new("duplicate_login_in_schools_registry",
            db => Schools(db, "справочник дубль.xlsx",
                ["sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812],
                ["SCH470001", "410009", "МОУ «Лужская СОШ № 9»", "Лужский район", "СОШ", "город", 500]),
            new("логин ОО «sch470001» повторяется: он уже был в строке 2", Sheet: "Справочник", Row: 3)),
        new("duplicate_school_subject_grade_in_vpr_marks",
            db => VprMarks(db, "ВПР дубль.xlsx", Marks("sch470001"), Marks("sch470002", 12, "50%", "25%", "25%", "0%"), Marks("sch470001")),
            new("ОО «sch470001», Математика, 5 класс повторяется: уже была в строке 3", Sheet: "Отметки", Row: 5)),
        new("same_task_twice_in_one_codifier",
            db => VprTasks(db, "кодификатор дубль.xlsx", Requirement("2", 1), Requirement("2.", 1, "Выполнять действия с дробями")),
            new("задание 2 (ВПР 2024 · Математика · 5 кл.) повторяется: уже было в строке 2", Sheet: "Кодификатор", Row: 3)),
        new("same_participant_twice_in_one_oge_protocol",
            db => Oge(db, "ОГЭ дубль.xlsx", "02 Математика 24.05.2024", OgeRow("Кузнецова", "123456"), OgeRow("Кузнецова", "123456", primary: 20, mark: 5)),
            new("участник с теми же ФИО и документом повторяется в этом протоколе", Sheet: "Протокол", Row: 5)),

        // ——— SPEC §11: reported indicator values ———
        new("indicator_values_without_a_value_column",
            db =>
            {
                using var wb = new Workbook("Значения");
                return wb.Row("Код показателя", "Муниципалитет", "Дата значения", "Единица").Row("BILET", "Лужский район", "31.12.2024", "чел.")
                    .Save(db.File("значения без значения.xlsx"));
            },
            new("похоже на «Значения показателей» (заголовок в строке 1), но не найдены обязательные столбцы: столбец «Значение» или столбцы «Числитель» и «Знаменатель»", Sheet: "Значения")),
        new("indicator_values_of_a_computed_code",
            db => IndicatorValues(db, "охват вручную.xlsx", Value("BILET", "Лужский район", 120), Value("dop_5_18", "Лужский район", 75.5)),
            new("показатель DOP_5_18 рассчитывается из данных, его значения не загружаются", Sheet: "Значения", Row: 3, Column: "A («Код показателя»)")),
        new("indicator_value_given_neither_way",
            db => IndicatorValues(db, "без значения.xlsx", Value("BILET", "Лужский район", 120), Value("BILET", "Гатчинский район", "н/д")),
            new("значение не указано: ожидалось «Значение» или «Числитель» и «Знаменатель»", Sheet: "Значения", Row: 3, Column: "E («Значение»)")),
        new("indicator_value_numerator_without_denominator",
            db => IndicatorValues(db, "без знаменателя.xlsx", Value("PFDO", "Лужский район", null, 4925, 9850), Value("PFDO", "Гатчинский район", null, 120)),
            new("знаменатель не указан, а числитель указан: ожидались оба или одно «Значение»", Sheet: "Значения", Row: 3, Column: "G («Знаменатель»)")),
        new("indicator_value_denominator_zero",
            db => IndicatorValues(db, "знаменатель 0.xlsx", Value("PFDO", "Лужский район", null, 0, 0)),
            new("знаменатель 0 должен быть больше 0", Sheet: "Значения", Row: 2, Column: "G («Знаменатель»)")),
        new("indicator_value_negative",
            db => IndicatorValues(db, "минус.xlsx", Value("BILET", "Лужский район", "-120,5")),
            new("значение -120,5 отрицательно; ожидалось число не меньше 0", Sheet: "Значения", Row: 2, Column: "E («Значение»)")),
        new("indicator_code_given_both_ways_in_one_file",
            db => IndicatorValues(db, "двумя способами.xlsx", Value("PFDO", "Лужский район", null, 4925, 9850), Value("PFDO", "Гатчинский район", 48.2)),
            new("показатель PFDO дан значением, а в строке 2 — числителем и знаменателем; в одном файле показатель даётся одним способом", Sheet: "Значения", Row: 3)),
        new("indicator_value_contradicting_its_numerator_and_denominator",
            db => IndicatorValues(db, "противоречие.xlsx", Value("PFDO", "Лужский район", "60%", 4925, 9850)),
            new("значение 60 не равно «Числитель» / «Знаменатель» × 100 = 50", Sheet: "Значения", Row: 2, Column: "E («Значение»)")),
        new("indicator_unit_changing_within_a_code",
            db => IndicatorValues(db, "единицы.xlsx", Value("BILET", "Лужский район", 120, unit: "чел."), Value("BILET", "Гатчинский район", 12, unit: "%")),
            new("единица «%» отличается от единицы показателя BILET в строке 2 («чел.»)", Sheet: "Значения", Row: 3, Column: "H («Единица»)")),
        new("duplicate_indicator_scope_and_date",
            db => IndicatorValues(db, "дубль значения.xlsx", Value("BILET", "Лужский район", 120), Value("BILET", "Гатчинский район", 300), Value("BILET", "Лужский", 125)),
            new("показатель BILET для «Лужский район» на 31.12.2024 повторяется: уже был в строке 2", Sheet: "Значения", Row: 4)),

        // ——— SPEC §11: project rosters ———
        new("unknown_school_in_a_roster",
            db => Rosters(db, "участники чужие.xlsx", ["Сетевое наставничество", 2024, "sch470001", "наставник", null], ["Сетевое наставничество", 2024, "sch479999", null, null]),
            new("неизвестная ОО «sch479999»: её нет в справочнике ОО", Sheet: "Участники", Row: 3, Column: "C («Логин ОО»)")),
        new("school_its_own_partner_in_a_roster",
            db => Rosters(db, "сам себе.xlsx", ["Сетевое наставничество", 2024, "sch470001", "наставник", "sch470001"]),
            new("ОО «sch470001» указана партнёром самой себе", Sheet: "Участники", Row: 2, Column: "E («Логин ОО партнёра»)")),
        new("duplicate_school_in_a_roster",
            db => Rosters(db, "участники дубль.xlsx", ["Проект А", "2023/2024", "sch470001", "участник", null], ["«Проект  А»", 2024, "SCH470001", "Участник", null]),
            new("ОО sch470001 в проекте «Проект А» за 2024 год с ролью «участник» повторяется: уже была в строке 2", Sheet: "Участники", Row: 3)),

        // ——— SPEC §12: self-diagnostics ———
        new("self_diagnostics_level_no_list_knows",
            db => SelfDiagnostics(db, "уровень.xlsx", Round("sch470001"), Round("sch470005", level: "продвинутый")),
            new("уровень «продвинутый» не распознан; ожидался один из: ниже базового, базовый, средний, высокий", Sheet: "Самодиагностика", Row: 3, Column: "C («Уровень»)")),
        new("self_diagnostics_negative_total",
            db => SelfDiagnostics(db, "итого минус.xlsx", Round("sch470001", total: "-12")),
            new("баллы -12 меньше нуля; ожидалось число баллов не меньше 0", Sheet: "Самодиагностика", Row: 2, Column: "D («Итого баллов»)")),
        new("self_diagnostics_negative_direction_points",
            db => SelfDiagnostics(db, "направление минус.xlsx", Round("sch470001", knowledge: -2.5)),
            new("баллы -2,5 меньше нуля; ожидалось число баллов не меньше 0", Sheet: "Самодиагностика", Row: 2, Column: "E («Знание»)")),
        new("duplicate_school_in_a_self_diagnostics_round",
            db => SelfDiagnostics(db, "дубль.xlsx", Round("sch470001"), Round("sch470005"), Round("SCH470001", date: "15.11.2023")),
            new("ОО sch470001 в самодиагностике от 15.11.2023 повторяется: уже была в строке 2", Sheet: "Самодиагностика", Row: 4)),
        new("unknown_school_in_a_self_diagnostics",
            db => SelfDiagnostics(db, "чужая.xlsx", Round("sch470001"), Round("sch479999")),
            new("неизвестная ОО «sch479999»: её нет в справочнике ОО", Sheet: "Самодиагностика", Row: 3, Column: "B («Логин ОО»)")),
        new("self_diagnostics_criterion_direction_no_list_knows",
            db => SelfDiagnosticsCriteria(db, "направление.xlsx", Criterion("sch470001", "1.9"), Criterion("sch470001", "9.1", direction: "Спорт")),
            new("направление «Спорт» не распознано; ожидалось одно из: Знание, Воспитание, Здоровье, Творчество, Профориентация, Учитель. Школьная команда, Школьный климат, Образовательная среда",
                Sheet: "Показатели", Row: 3, Column: "C («Направление»)")),
        new("self_diagnostics_criterion_negative_points",
            db => SelfDiagnosticsCriteria(db, "баллы минус.xlsx", Criterion("sch470001", "1.9", points: -1, max: 2)),
            new("баллы -1 меньше нуля; ожидалось число баллов не меньше 0", Sheet: "Показатели", Row: 2, Column: "F («Баллы»)")),
        new("self_diagnostics_criterion_points_above_its_maximum",
            db => SelfDiagnosticsCriteria(db, "выше максимума.xlsx", Criterion("sch470001", "1.9", points: 2, max: 2), Criterion("sch470001", "1.10", points: "3", max: "2")),
            new("баллы 3 больше максимального балла показателя 2", Sheet: "Показатели", Row: 3, Column: "F («Баллы»)")),
        new("duplicate_criterion_of_a_school_in_a_round",
            db => SelfDiagnosticsCriteria(db, "показатель дубль.xlsx", Criterion("sch470001", "1.9"), Criterion("sch470001", "1.10"), Criterion("sch470001", "1,9")),
            new("показатель 1.9 ОО sch470001 в самодиагностике от 15.11.2023 повторяется: уже был в строке 2", Sheet: "Показатели", Row: 4)),
        new("unknown_school_in_self_diagnostics_criteria",
            db => SelfDiagnosticsCriteria(db, "показатели чужая.xlsx", Criterion("sch479999", "1.9")),
            new("неизвестная ОО «sch479999»: её нет в справочнике ОО", Sheet: "Показатели", Row: 2, Column: "B («Логин ОО»)")),
        new("self_diagnostics_criterion_number_stored_as_a_fraction",
            db => SelfDiagnosticsCriteria(db, "номер числом.xlsx", Criterion("sch470001", "1.9"), Criterion("sch470001", 1.1)),
            new("номер показателя записан числом 1,1: в числе Excel теряет конечный ноль («1.10» становится 1,1); запишите номера показателей как текст",
                Sheet: "Показатели", Row: 3, Column: "D («Номер показателя»)")),

        // ——— SPEC §11: decisions ———
        new("decision_deadline_no_rule_reads",
            db => Decisions(db, "срок непонятный.xlsx", Item("1"), Item("2", deadline: "по мере необходимости")),
            new("срок «по мере необходимости» не распознан; ожидались дата («10.01.2024», «10 января 2024 года»), месяц с годом («июнь 2024 года», «февраль – май 2020 года»), квартал («I квартал 2021»), год («2024 год», «в течение 2024 года»), учебный год («2023-2024 учебный год», «2023/2024») или без даты «постоянно», «ежегодно», «ежеквартально», «ежемесячно», «регулярно»",
                Sheet: "Решения", Row: 3, Column: "E («Срок»)")),
        new("decision_deadline_on_a_day_that_does_not_exist",
            db => Decisions(db, "31 июня.xlsx", Item("1", deadline: "до 31 июня 2024 года")),
            new("в сроке указана несуществующая дата «31 июня 2024»", Sheet: "Решения", Row: 2, Column: "E («Срок»)")),
        new("duplicate_decision_item",
            db => Decisions(db, "пункт дубль.xlsx", Item("1"), Item("2"), Item("1.")),
            new("пункт «1.» документа «Решение совещания» от 22.12.2023 повторяется: уже был в строке 2", Sheet: "Решения", Row: 4)),
        new("decision_done_before_it_was_decided",
            db => Decisions(db, "исполнено до решения.xlsx", Item("1", done: "20.12.2023")),
            new("дата исполнения 20.12.2023 раньше даты документа 22.12.2023", Sheet: "Решения", Row: 2, Column: "H («Дата исполнения»)")),
        new("decision_indicator_code_not_a_code",
            db => Decisions(db, "коды.xlsx", Item("1", codes: "DOP_TECH, охват 5-18")),
            new("«охват» не похоже на код показателя; ожидались коды латиницей через запятую, например DOP_5_18, SPO_MONITORING", Sheet: "Решения", Row: 2, Column: "G («Показатели»)")),
    ];

    /// <summary>The cases of issue 16: hostile and malformed files, each refused with its place.</summary>
    public static readonly IReadOnlyList<BrokenFileCase> Malformed =
    [
        new("sheet_xml_broken_in_the_middle",
            db => WithRow(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"], ["DOP_TECH", "Техн.", null, "31.12.2025", 30, "не менее"]),
                "показатели XML.xlsx", 2, (xml, at) => xml[..at] + ReplaceFirst(xml[at..], "</x:c>", "</x:d>")),
            new("данные листа повреждены или обрезаны: файл испорчен или сохранён не полностью; откройте его в Excel и сохраните заново", Sheet: "Показатели", Row: 2)),
        new("sheet_xml_cut_off_as_by_a_failed_save",
            db => WithRow(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"], ["DOP_TECH", "Техн.", null, "31.12.2025", 30, "не менее"]),
                "показатели обрезаны.xlsx", 3, (xml, at) => xml[..(at + 12)]),
            new("данные листа повреждены или обрезаны: файл испорчен или сохранён не полностью; откройте его в Excel и сохраните заново", Sheet: "Показатели", Row: 3)),
        new("sheet_part_missing_from_the_package",
            db => WithPart(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"]),
                "показатели без листа.xlsx", "xl/worksheets/sheet1.xml", _ => null),
            new("в файле нет данных этого листа (часть архива «xl/worksheets/sheet1.xml» отсутствует): файл повреждён", Sheet: "Показатели")),
        new("sheet_xml_with_a_document_type_declaration",
            db => WithPart(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"]),
                "показатели DTD.xlsx", "xl/worksheets/sheet1.xml", xml => xml.Insert(xml.IndexOf("?>", StringComparison.Ordinal) + 2,
                    "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>")),
            new("данные листа повреждены или обрезаны (XML содержит объявление DTD, которое в книгах Excel недопустимо)", Sheet: "Показатели", Row: 1)),
        new("cell_pointing_past_the_shared_strings",
            db => WithRow(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"]),
                "показатели строка 9999.xlsx", 2, (xml, at) =>
                {
                    var v = xml.IndexOf("<x:v>", at, StringComparison.Ordinal);
                    return xml[..(v + 5)] + "9999" + xml[xml.IndexOf("</x:v>", v, StringComparison.Ordinal)..];
                }),
            new("ячейка ссылается на строку № 9999 таблицы строк книги", Sheet: "Показатели", Row: 2, Column: "A")),
        new("rows_out_of_order_in_the_sheet_xml",
            db => WithRow(db, Targets(db, "целые показатели.xlsx", ["DOP_5_18", "Охват", null, "31.12.2025", 82, "не менее"], ["DOP_TECH", "Техн.", null, "31.12.2025", 30, "не менее"]),
                "показатели порядок строк.xlsx", 3, (xml, at) => xml[..at] + ReplaceFirst(xml[at..], "r=\"3\"", "r=\"2\"")),
            new("строки листа записаны не по порядку: строка 2 после строки 2", Sheet: "Показатели", Row: 2)),
        new("nul_character_in_a_csv_cell",
            db => WriteText(db, "показатели NUL.csv", "Код показателя;Показатель;Муниципалитет;Срок;Целевое значение;Условие\nDOP_5_18;Охват\0детей;;31.12.2025;82;не менее\n", new UTF8Encoding(false)),
            new("в тексте ячейки нулевой символ (NUL)", Sheet: "CSV", Row: 2, Column: "B («Показатель»)")),
        new("csv_in_utf16_without_a_byte_order_mark",
            db => WriteBytes(db, "показатели UTF-16.csv", Encoding.Unicode.GetBytes("Код показателя;Показатель;Муниципалитет;Срок;Целевое значение;Условие\nDOP_5_18;Охват детей;;31.12.2025;82;не менее\n")),
            new("файл CSV в кодировке UTF-16 без метки порядка байтов")),
        new("text_longer_than_an_excel_cell_holds",
            db => WriteText(db, "справочник длинное имя.csv",
                string.Join(';', SchoolsHeader) + "\nsch470001;410001;" + new string('Ш', 40_000) + ";Лужский район;СОШ;город;812\n", new UTF8Encoding(true)),
            new("текст ячейки длиннее 32\u00a0767 символов (40\u00a0000): столько ячейка Excel не вмещает; сократите текст", Sheet: "CSV", Row: 2, Column: "C («Наименование ОО»)")),
        new("header_naming_a_column_twice",
            db =>
            {
                using var wb = new Workbook("Справочник");
                return wb.Row([.. SchoolsHeader, "Логин ОО"]).Row("sch470001", "410001", "МОУ «Лужская СОШ № 1»", "Лужский район", "СОШ", "город", 812, "sch470002")
                    .Save(db.File("справочник два логина.xlsx"));
            },
            new("столбец «Логин ОО» повторяется: он уже есть в столбце A («Логин ОО»); оставьте один из них", Sheet: "Справочник", Row: 1, Column: "H («Логин ОО»)")),
        new("vpr_marks_with_0_participants_but_shares",
            db => VprMarks(db, "ВПР 0 участников.xlsx", Marks("sch470001", 0)),
            new("указано 0 участников, но заполнены доли отметок «2»–«5»: при 0 участников доли должны быть пустыми", Sheet: "Отметки", Row: 3)),
    ];

    public static TheoryData<string> Names() => new(All.Concat(Malformed).Select(c => c.Name));

    public static BrokenFileCase Get(string name) => All.Concat(Malformed).Single(c => c.Name == name);
}
