using System.Diagnostics;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Reference;
using static System.FormattableString;

namespace Edu.Analytics;

/// <summary>
/// Runs every SPEC §4 methodology for every year present. Pure: same input, options and date give the
/// same result. What cannot be computed is skipped and explained in <see cref="AnalyticsResult.Messages"/>.
/// </summary>
public static class AnalyticsEngine
{
    // A message names this many unknown logins; the count tells the rest.
    private const int UnknownSchoolsNamed = 10;

    /// <summary>Computes as of the region's today (<see cref="RegionClock"/>), whatever the server's zone.</summary>
    public static AnalyticsResult Compute(AnalyticsInput input, AnalyticsOptions options, TimeProvider clock) =>
        Compute(input, options, RegionClock.Of(clock).Today);

    /// <summary>Computes as of <paramref name="asOf"/>; <paramref name="timings"/>, when given, receives each step's duration.</summary>
    public static AnalyticsResult Compute(AnalyticsInput input, AnalyticsOptions options, DateOnly asOf, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        var results = ComputeProcedureResults(input, options, timings);
        var taskResults = ComputeTaskResults(input, results, options, timings);
        return Compute(input, results, Score(input, results, options, timings), options, asOf, timings) with { TaskResults = taskResults };
    }

    /// <summary>
    /// The school-procedure-year results, millions of rows at country scale: computed apart so that a caller can store them
    /// while the rest is computed. Of the input only they need the ВПР marks and ЕГЭ rows.
    /// </summary>
    public static IReadOnlyList<ProcedureResult> ComputeProcedureResults(AnalyticsInput input, AnalyticsOptions options, StepTimings? timings = null) =>
        (timings ?? new StepTimings()).Measure("результаты процедур", () => ProcedureResults.Compute(input.Works, input.VprMarks, input.Ege, options));

    /// <summary>The task results, millions of rows at country scale; only they need the input's task score sums.</summary>
    public static IReadOnlyList<TaskResult> ComputeTaskResults(
        AnalyticsInput input, IReadOnlyList<ProcedureResult> results, AnalyticsOptions options, StepTimings? timings = null) =>
        (timings ?? new StepTimings()).Measure("выполнение заданий", () => TaskResults.Compute(input.TaskSums, input.Tasks, results, SchoolsByLogin(input), options));

    /// <summary>
    /// The task results one procedure-year at a time, computed as they are asked for (<see cref="TaskResults.ByProcedure"/>):
    /// what a caller uses that stores them as they come. The input's lists are taken now, not when they are asked for.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TaskResult>> TaskResultsByProcedure(AnalyticsInput input, IReadOnlyList<ProcedureResult> results, AnalyticsOptions options) =>
        TaskResults.ByProcedure(input.TaskSums, input.Tasks, results, SchoolsByLogin(input), options);

    /// <summary>
    /// The result indexes and the objectivity signs: all that needs the individual works and the procedures' z-scores.
    /// A caller that lets go of the works after this computes the rest with <see cref="Compute(AnalyticsInput, IReadOnlyList{ProcedureResult}, ResultScores, AnalyticsOptions, DateOnly, StepTimings?)"/>.
    /// </summary>
    public static ResultScores Score(AnalyticsInput input, IReadOnlyList<ProcedureResult> results, AnalyticsOptions options, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        var schools = SchoolsByLogin(input);
        var procedureZ = timings.Measure("z-оценки процедур", () => ResultIndex.ProcedureZScores(results));
        var resultIndexes = timings.Measure("индексы результатов", () => ResultIndex.Compute(procedureZ));
        var objectivity = timings.Measure("объективность", () => Objectivity.Compute(input.Works, results, procedureZ, schools, options));
        var objectivityLevels = timings.Measure("уровни объективности", () => Objectivity.Levels(objectivity, schools));
        var messages = new List<string>();
        ReportObjectivityData(input.Works, results.Select(r => r.Year).Distinct().Order().ToList(), messages);
        return new ResultScores(resultIndexes, objectivity, objectivityLevels, messages);
    }

    /// <summary>
    /// Everything but the task results (left empty), on <paramref name="results"/> computed from the same input by
    /// <see cref="ComputeProcedureResults"/> and <paramref name="scores"/> by <see cref="Score"/>: of the input it reads
    /// neither the individual works nor the rows that only the bulk results need, and a caller that stores the task results
    /// as they are computed never holds them.
    /// </summary>
    public static AnalyticsResult Compute(
        AnalyticsInput input, IReadOnlyList<ProcedureResult> results, ResultScores scores, AnalyticsOptions options, DateOnly asOf, StepTimings? timings = null)
    {
        timings ??= new StepTimings();
        var messages = new List<string>();
        var schools = SchoolsByLogin(input);

        var years = results.Select(r => r.Year).Distinct().Order().ToList();
        ReportYears(years, messages);
        ReportUnknownSchools(results, schools, messages);

        var resultIndexes = scores.ResultIndexes;
        var shnor = timings.Measure("ШНОР", () => Shnor.Compute(results, options));
        var shnorYears = years.Where(y => Shnor.GroundBAvailable(results, y)).ToList();
        if (years.Count > 1)
        {
            messages.AddRange(years.Except(shnorYears).Select(y =>
                Invariant($"Нет результатов за {y - 1} год: основание Б за {y} год не рассчитывается, статус «ШНОР» не присваивается")));
        }

        var contextIndexes = timings.Measure("индекс ИСБШ", () => ContextIndex.Compute(input.Context, resultIndexes, options));
        var contextYears = input.Context.Select(c => c.Year).ToHashSet();
        messages.AddRange(years.Where(y => !contextYears.Contains(y)).Select(y =>
            Invariant($"Нет контекстных данных за {y} год: индекс ИСБШ и ШФНСУ не рассчитаны")));

        var (objectivity, objectivityLevels) = (scores.Objectivity, scores.ObjectivityLevels);
        var flagged = Objectivity.FlaggedSchoolYears(objectivity);
        messages.AddRange(scores.Messages);

        var (resilience, models) = ComputeResilience(years, input, schools, contextIndexes, resultIndexes, flagged, options, messages, timings);

        var start = Stopwatch.GetTimestamp();
        var stableHigh = new List<StableHighEntry>();
        foreach (var year in years)
        {
            if (StableHigh.Available(resultIndexes, year, options))
            {
                stableHigh.AddRange(StableHigh.ComputeYear(year, resultIndexes, flagged, schools, options));
            }
            else if (years.Count > 1)
            {
                messages.Add(Invariant(
                    $"Стабильно высокие за {year} год не рассчитываются: нужны индексы результатов за каждый год {year - options.StableWindowYears + 1}–{year}"));
            }
        }

        timings.Add("стабильно высокие", Stopwatch.GetElapsedTime(start));

        var mentors = timings.Measure("наставничество", () => years
            .SelectMany(y => Mentoring.ComputeYear(y, shnor, stableHigh, resilience, contextIndexes, schools, options))
            .ToList());

        var dynamicsYears = shnorYears.Where(y => shnorYears.Contains(y - 1)).ToList();
        ReportShnorDynamics(years, shnorYears, dynamicsYears, messages);
        var transitions = timings.Measure("динамика ШНОР", () => ShnorDynamics.Compute(shnor, results, dynamicsYears));

        var computed = timings.Measure("показатели", () => Indicators.Compute(input.Coverage, results, shnor, shnorYears, objectivityLevels, transitions, schools, options));
        var reported = timings.Measure("загруженные показатели", () => ReportedIndicators.Compute(input.Reported, input.Municipalities, messages));
        var sdBasic = timings.Measure("самодиагностика", () => SelfDiagnostics.BasicShare(input.SdRounds, schools).ToList());
        var indicators = Indicators.InOrder(computed.Concat(sdBasic).Concat(reported));
        var targets = timings.Measure("цели", () => ComputeTargets(input, schools, indicators, asOf, options, messages));

        return new AnalyticsResult(
            results,
            resultIndexes,
            shnor,
            contextIndexes,
            resilience,
            models,
            stableHigh,
            objectivity,
            objectivityLevels,
            mentors,
            indicators,
            targets,
            [],
            transitions,
            messages);
    }

    private static Dictionary<string, SchoolInfo> SchoolsByLogin(AnalyticsInput input) =>
        input.Schools.GroupBy(s => s.Login).ToDictionary(g => g.Key, g => g.Last());

    private static (List<ResilienceEntry> Entries, List<ValueAddedModel> Models) ComputeResilience(
        List<int> years,
        AnalyticsInput input,
        Dictionary<string, SchoolInfo> schools,
        IReadOnlyList<ContextIndexEntry> contextIndexes,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        IReadOnlySet<(int Year, string Login)> flagged,
        AnalyticsOptions options,
        List<string> messages,
        StepTimings timings)
    {
        var yearly = new List<ResilienceEntry>();
        var models = new List<ValueAddedModel>();
        foreach (var year in years.Where(y => resultIndexes.Any(r => r.Year == y)))
        {
            var valueAdded = timings.Measure(Invariant($"добавленная ценность {year}"), () => ValueAdded.Compute(year, resultIndexes, input.Context, schools, options));
            if (valueAdded.Model is { } model)
            {
                models.Add(model);
            }
            else
            {
                messages.Add(Invariant(
                    $"Модель добавленной ценности за {year} год не построена ({valueAdded.Problem}): резильентность оценена только методом квартилей"));
            }

            yearly.AddRange(timings.Measure(Invariant($"резильентность {year}"), () => Resilience.ComputeYear(year, contextIndexes, resultIndexes, valueAdded.Residuals, options)));
        }

        var windowsToCheck = years.Count > 1 ? years : [];
        foreach (var year in windowsToCheck)
        {
            var inWindow = years.Count(y => y > year - options.StableWindowYears && y <= year);
            if (inWindow < options.MinResilientYears)
            {
                messages.Add(Invariant(
                    $"Стабильно резильентные за {year} год не рассчитываются: меньше {options.MinResilientYears} лет данных за {year - options.StableWindowYears + 1}–{year} годы"));
            }
        }

        var entries = timings.Measure("стабильная резильентность", () => Resilience.ApplyStability(yearly, years, flagged, contextIndexes, resultIndexes, options).ToList());
        return (entries, models);
    }

    private static List<TargetStatus> ComputeTargets(
        AnalyticsInput input,
        Dictionary<string, SchoolInfo> schools,
        IReadOnlyList<IndicatorValue> indicators,
        DateOnly asOf,
        AnalyticsOptions options,
        List<string> messages)
    {
        if (input.Coverage.Count == 0)
        {
            messages.Add("Нет данных об охвате дополнительным образованием: показатели DOP_5_18, DOP_TECH и DOP_OVZ не рассчитаны");
        }

        if (input.Targets.Count == 0)
        {
            messages.Add("Нет целевых показателей: статусы достижения не рассчитаны");
            return [];
        }

        var known = indicators.Select(v => v.Code).ToHashSet();
        messages.AddRange(input.Targets.Select(t => t.IndicatorCode).Distinct().Where(c => !known.Contains(c)).Order(StringComparer.Ordinal)
            .Select(c => Invariant($"Для показателя {c} нет ни одного значения: его цели имеют статус «нет данных»")));

        var municipalities = schools.Values.Select(s => s.Municipality)
            .Concat(indicators.Select(v => v.Municipality))
            .ToHashSet();
        return Attainment.Compute(input.Targets, indicators, municipalities, asOf, options).ToList();
    }

    private static void ReportYears(List<int> years, List<string> messages)
    {
        if (years.Count == 0)
        {
            messages.Add("Нет результатов ВПР, ОГЭ и ЕГЭ: индексы, ШНОР, ШФНСУ, стабильные списки и наставничество не рассчитаны");
        }
        else if (years.Count == 1)
        {
            messages.Add("Только один год данных: основание Б и стабильные списки не рассчитываются");
        }
    }

    private static void ReportUnknownSchools(IReadOnlyList<ProcedureResult> results, Dictionary<string, SchoolInfo> schools, List<string> messages)
    {
        var unknown = results.Select(r => r.Login).Distinct().Where(l => !schools.ContainsKey(l)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            messages.Add(Invariant(
                $"Школы без записи в справочнике ОО ({unknown.Count}: {string.Join(", ", unknown.Take(UnknownSchoolsNamed))}): они не входят в показатели муниципалитетов, наставник им не подбирается"));
        }
    }

    /// <remarks>
    /// Dynamics compare two years that can both hold «ШНОР»: a year without ground B (no data for the year before it)
    /// lists no «ШНОР» school, so every «ШНОР» school of the year after it would look newly entered.
    /// </remarks>
    private static void ReportShnorDynamics(List<int> years, List<int> shnorYears, List<int> dynamicsYears, List<string> messages)
    {
        if (years.Count < 2)
        {
            return;
        }

        messages.AddRange(years.Skip(1).Where(y => !dynamicsYears.Contains(y)).Select(y => shnorYears.Contains(y)
            ? Invariant($"Динамика ШНОР и показатель SHNOR_EXIT за {y} год не рассчитаны: статус «ШНОР» за {y - 1} год не присваивался (нет результатов за {y - 2} год)")
            : Invariant($"Динамика ШНОР и показатель SHNOR_EXIT за {y} год не рассчитаны: нет результатов за {y - 1} год")));
    }

    private static void ReportObjectivityData(IReadOnlyList<WorkGroup> works, List<int> years, List<string> messages)
    {
        var withVpr = works.Where(g => g.Procedure.Kind == ProcedureKind.Vpr && g.Count > 0).Select(g => g.Year).ToHashSet();
        if (withVpr.Count == 0)
        {
            messages.Add("Нет индивидуальных результатов ВПР: признаки необъективности не рассчитаны, стабильные списки составлены без проверки объективности");
            return;
        }

        messages.AddRange(years.Where(y => !withVpr.Contains(y)).Select(y =>
            Invariant($"Нет индивидуальных результатов ВПР за {y} год: признаки необъективности за {y} год не рассчитаны")));
    }
}
