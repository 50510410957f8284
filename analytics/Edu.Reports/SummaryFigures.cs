using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reference;

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
            Status(t.Indicators.Rows, AttainmentStatus.Achieved, "последнее значение достигает целевого"),
            Status(t.Indicators.Rows, AttainmentStatus.OnTrack, "цель ещё не достигнута, но прогноз на срок её достигает"),
            Status(t.Indicators.Rows, AttainmentStatus.AtRisk, "срок не наступил, а прогноз на срок цель не достигает"),
            Status(t.Indicators.Rows, AttainmentStatus.NotAchieved, "срок наступил, а целевое значение не достигнуто"),
            Status(t.Indicators.Rows, AttainmentStatus.NoData, "нет значений показателя, чтобы судить о цели"),
            new("ШНОР", "ШНОР", t.Shnor.Rows.Count(r => r.Status == ShnorStatus.Shnor), $"Школы с низкими образовательными результатами {year}"),
            new("ШНОР", "Группа риска", t.Shnor.Rows.Count(r => r.Status == ShnorStatus.RiskGroup), "Школы с низкими результатами в одном году — кандидаты в ШНОР"),
            new("ШФНСУ и резильентные", "ШФНСУ", t.Resilient.Rows.Count(r => r.IsDisadvantaged), "Школы, функционирующие в неблагоприятных социальных условиях (нижняя четверть по ИСБШ)"),
            new("ШФНСУ и резильентные", "Резильентные", t.Resilient.Rows.Count(r => r.Resilient),
                "ШФНСУ с результатами выше ожидаемых хотя бы по одному из двух методов"),
            new("ШФНСУ и резильентные", "Стабильно резильентные", t.Resilient.Rows.Count(r => r.StablyResilient), "Резильентные не менее двух лет из трёх"),
            new("Стабильно высокие", "Стабильно высокие результаты", t.StableHigh.Rows.Count, "Школы с индексом результатов не ниже 75-го процентиля каждый год окна"),
            new("Стабильно высокие", "Отобраны в проект", t.StableHigh.Rows.Count(r => r.Selected), "Лучшие по среднему индексу и лучшие в своих муниципалитетах"),
            new("Объективность", "Проверено пар «школа × процедура»", t.Objectivity.Rows.Count, "ВПР с индивидуальными результатами"),
            new("Объективность", "С признаками необъективности", t.Objectivity.Rows.Count(r => r.Flagged), "Завышенный средний балл или несоответствие отметкам журнала"),
            new("Наставничество", "Подобран наставник", t.Mentors.Rows.Count(r => r.Match != MentorMatch.NotFound), "ШНОР, для которых найдена школа-наставник"),
            new("Наставничество", "Наставник не найден", t.Mentors.Rows.Count(r => r.Match == MentorMatch.NotFound), "ШНОР без подходящей школы-наставника в муниципалитете и округе"),
            new("Загрузки за месяц", "Попыток загрузки", t.Loads.Rows.Count, "Все файлы, поданные на загрузку в этом месяце"),
            new("Загрузки за месяц", "Загружено", t.Loads.Rows.Count(r => r.Outcome == LoadStatus.Loaded), "Файлы, принятые без ошибок"),
            new("Загрузки за месяц", "Отклонено", t.Loads.Rows.Count(r => r.Outcome == LoadStatus.Rejected), "Файлы с ошибками — см. отчёт об ошибках в разделе «Загрузки»"),
        ];
    }

    private static SummaryFigure Status(IReadOnlyList<IndicatorRow> indicators, AttainmentStatus status, string explanation) =>
        new("Целевые показатели", $"Статус «{Labels.Status(status)}»", indicators.Count(r => r.Status == status), $"Цели, у которых {explanation}");
}
