using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>One line of «Сводка»: a section, a figure, its value and what it means, in Russian.</summary>
public sealed record SummaryFigure(string Section, string Name, int Value, string Explanation);

/// <summary>The key counts of «Сводка», taken from the same tables as the sheets, so they always agree.</summary>
public static class SummaryFigures
{
    public static IReadOnlyList<SummaryFigure> From(ReportTables t)
    {
        var year = t.Year is { } y ? $"за {y} год" : "за последний рассчитанный год";
        return
        [
            new("Целевые показатели", "Всего целей", t.Indicators.Rows.Count, "Цели по показателям во всех сроках для выбранной территории"),
            Status(t.Indicators, "достигнут", "последнее значение достигает целевого"),
            Status(t.Indicators, "в срок", "цель ещё не достигнута, но прогноз на срок её достигает"),
            Status(t.Indicators, "риск", "срок не наступил, а прогноз на срок цель не достигает"),
            Status(t.Indicators, "не достигнут", "срок наступил, а целевое значение не достигнуто"),
            Status(t.Indicators, "нет данных", "нет значений показателя, чтобы судить о цели"),
            new("ШНОР", "ШНОР", TableColumns.CountEqual(t.Shnor, "Статус", "ШНОР"), $"Школы с низкими образовательными результатами {year}"),
            new("ШНОР", "Группа риска", TableColumns.CountEqual(t.Shnor, "Статус", "группа риска"), "Школы с низкими результатами в одном году — кандидаты в ШНОР"),
            new("ШФНСУ и резильентные", "ШФНСУ", TableColumns.CountTrue(t.Resilient, "ШФНСУ"), "Школы, функционирующие в неблагоприятных социальных условиях (нижняя четверть по ИСБШ)"),
            new("ШФНСУ и резильентные", "Резильентные", t.Resilient.Rows.Count(r => IsTrue(t.Resilient, r, "Резильентная (квартили)") || IsTrue(t.Resilient, r, "Резильентная (добавленная ценность)")),
                "ШФНСУ с результатами выше ожидаемых хотя бы по одному из двух методов"),
            new("ШФНСУ и резильентные", "Стабильно резильентные", TableColumns.CountTrue(t.Resilient, "Стабильно резильентная"), "Резильентные не менее двух лет из трёх"),
            new("Стабильно высокие", "Стабильно высокие результаты", t.StableHigh.Rows.Count, "Школы с индексом результатов не ниже 75-го процентиля каждый год окна"),
            new("Стабильно высокие", "Отобраны в проект", TableColumns.CountTrue(t.StableHigh, "Отобрана в проект"), "Лучшие по среднему индексу и лучшие в своих муниципалитетах"),
            new("Объективность", "Проверено пар «школа × процедура»", t.Objectivity.Rows.Count, "ВПР с индивидуальными результатами"),
            new("Объективность", "С признаками необъективности", TableColumns.CountTrue(t.Objectivity, "Признаки необъективности"), "Завышенный средний балл или несоответствие отметкам журнала"),
            new("Наставничество", "Подобран наставник", TableColumns.Count(t.Mentors, "Подбор", v => v is string m && m != "не найден"), "ШНОР, для которых найдена школа-наставник"),
            new("Наставничество", "Наставник не найден", TableColumns.CountEqual(t.Mentors, "Подбор", "не найден"), "ШНОР без подходящей школы-наставника в муниципалитете и округе"),
            new("Загрузки за месяц", "Попыток загрузки", t.Loads.Rows.Count, "Все файлы, поданные на загрузку в этом месяце"),
            new("Загрузки за месяц", "Загружено", TableColumns.CountEqual(t.Loads, "Итог", "загружен"), "Файлы, принятые без ошибок"),
            new("Загрузки за месяц", "Отклонено", TableColumns.CountEqual(t.Loads, "Итог", "отклонён"), "Файлы с ошибками — см. отчёт об ошибках в разделе «Загрузки»"),
        ];
    }

    private static SummaryFigure Status(ExportTable indicators, string status, string explanation) =>
        new("Целевые показатели", $"Статус «{status}»", TableColumns.CountEqual(indicators, "Статус", status), $"Цели, у которых {explanation}");

    private static bool IsTrue(ExportTable table, object?[] row, string header) =>
        TableColumns.Index(table, header) is var i and >= 0 && row[i] is true;
}
