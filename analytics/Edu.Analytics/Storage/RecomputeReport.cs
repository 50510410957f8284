using System.Globalization;

namespace Edu.Analytics.Storage;

/// <summary>
/// What one recompute produced: per-year counts, the engine's messages, how long reading, the engine and saving
/// took, and <see cref="Steps"/>, the duration of each step of those, in the order they ran.
/// </summary>
public sealed record RecomputeReport(
    long ComputationId,
    DateOnly AsOf,
    IReadOnlyList<YearSummary> Years,
    IReadOnlyList<string> Messages,
    TimeSpan ReadTime,
    TimeSpan EngineTime,
    TimeSpan SaveTime,
    IReadOnlyList<StepTiming> Steps)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>One Russian line per step with its duration, for «./edu compute --verbose».</summary>
    public IEnumerable<string> ToStepLines()
    {
        yield return string.Create(Russian,
            $"Время: чтение {ReadTime.TotalSeconds:0.00} с, расчёт {EngineTime.TotalSeconds:0.00} с, сохранение {SaveTime.TotalSeconds:0.00} с; по шагам:");
        foreach (var step in Steps)
        {
            yield return string.Create(Russian, $"  {step.Name}: {step.Elapsed.TotalSeconds:0.00} с");
        }
    }

    /// <summary>The Russian summary printed after a recompute; <paramref name="year"/> limits the per-year lines.</summary>
    public IEnumerable<string> ToRussianLines(int? year = null)
    {
        yield return string.Create(Russian,
            $"Аналитика пересчитана (расчёт № {ComputationId}, на {AsOf:dd.MM.yyyy}) за {(ReadTime + EngineTime + SaveTime).TotalSeconds:0.0} с.");
        if (Years.Count == 0)
        {
            yield return "Нет результатов ВПР, ОГЭ и ЕГЭ ни за один год.";
        }

        foreach (var y in Years.Where(s => year is null || s.Year == year))
        {
            var r2 = y.ValueAddedRSquared is { } value ? value.ToString("0.000", Russian) : "модель не построена";
            yield return string.Create(Russian,
                $"{y.Year} год: школ с результатами {y.SchoolsWithResults}; ШНОР {y.Shnor}, группа риска {y.RiskGroup}; ШФНСУ {y.Disadvantaged}, " +
                $"из них резильентных {y.Resilient}; стабильно резильентных {y.StablyResilient}; стабильно высоких {y.StablyHigh} " +
                $"(отобрано в проект {y.SelectedForProject}); с признаками необъективности {y.ObjectivityFlagged} из {y.SchoolsWithIndividualVpr} " +
                $"школ с индивидуальными результатами ВПР; R² модели добавленной ценности: {r2}.");
        }

        if (year is { } only && Years.All(s => s.Year != only))
        {
            yield return string.Create(Russian, $"За {only} год результатов нет.");
        }

        if (Messages.Count > 0)
        {
            yield return "Что не рассчитано и почему:";
            foreach (var message in Messages)
            {
                yield return "  • " + message;
            }
        }
    }
}
