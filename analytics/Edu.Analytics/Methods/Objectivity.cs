using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Signs of non-objective ВПР results: inflated mean, journal mismatch, marks vs journal.</summary>
public static class Objectivity
{
    public static IReadOnlyList<ObjectivityEntry> Compute(
        IReadOnlyList<IndividualWork> works,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyList<ProcedureZ> procedureZ,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var vpr = works.Where(w => w.Procedure.Kind == ProcedureKind.Vpr).ToList();
        var bySchool = vpr.GroupBy(w => (w.Year, w.Login, w.Procedure)).ToDictionary(g => g.Key, g => g.ToList());
        var regionUpper = vpr
            .GroupBy(w => (w.Year, w.Procedure))
            .ToDictionary(g => g.Key, g => ConfidenceInterval.Of(Scores(g), options.ConfidenceZ)?.Upper);
        var zBySchool = procedureZ.GroupBy(z => (z.Year, z.Login)).ToDictionary(g => g.Key, g => g.ToList());
        var exempt = options.ExemptTypes;

        return results
            .Where(r => r.IsCounted && r.Source == ResultSource.IndividualWorks && r.Procedure.Kind == ProcedureKind.Vpr)
            .Select(r =>
            {
                var own = bySchool[(r.Year, r.Login, r.Procedure)];
                var lower = ConfidenceInterval.Of(Scores(own), options.ConfidenceZ)?.Lower;
                var upper = regionUpper[(r.Year, r.Procedure)];
                var isExempt = schools.TryGetValue(r.Login, out var school) && exempt.Contains(school.SchoolType.Trim());
                var others = zBySchool.TryGetValue((r.Year, r.Login), out var zs)
                    ? ResultIndex.WeightedMean(zs.Where(z => z.Procedure != r.Procedure).ToList())
                    : null;
                var confirmed = others >= options.ConfirmingZ;
                var inflated = lower > upper && !isExempt && !confirmed;

                var pairs = own.Where(w => w.JournalMark is not null && w.PrimaryScore is not null).ToList();
                var rho = pairs.Count >= options.MinSpearmanPairs
                    ? Spearman.Correlation(
                        pairs.Select(w => (double)w.JournalMark!.Value).ToList(),
                        pairs.Select(w => w.PrimaryScore!.Value).ToList())
                    : null;

                var both = own.Where(w => w.Mark is not null && w.JournalMark is not null).ToList();
                var lowered = both.Count(w => w.Mark < w.JournalMark);
                var raised = both.Count(w => w.Mark > w.JournalMark);
                var confirmedMarks = both.Count - lowered - raised;
                double? Pct(int count) => both.Count > 0 ? count * 100.0 / both.Count : null;

                return new ObjectivityEntry(
                    r.Year,
                    r.Login,
                    r.Procedure,
                    r.Participants,
                    lower,
                    upper,
                    isExempt,
                    others,
                    inflated,
                    rho,
                    pairs.Count,
                    JournalMismatch: rho < options.SpearmanThreshold,
                    Pct(lowered),
                    Pct(confirmedMarks),
                    Pct(raised),
                    MarksVsJournal: both.Count > 0 && (lowered + raised) * 100.0 / both.Count >= options.MarksVsJournalThresholdPct);
            })
            .OrderBy(e => e.Year)
            .ThenBy(e => e.Login, StringComparer.Ordinal)
            .ThenBy(e => e.Procedure)
            .ToList();
    }

    public static IReadOnlySet<(int Year, string Login)> FlaggedSchoolYears(IEnumerable<ObjectivityEntry> entries) =>
        entries.Where(e => e.Flagged).Select(e => (e.Year, e.Login)).ToHashSet();

    /// <summary>
    /// Level per municipality and for the region, over registry schools with any individual ВПР work that
    /// year (counted or not: SPEC speaks of schools with individual data). The region sums the counts.
    /// </summary>
    public static IReadOnlyList<ObjectivityLevel> Levels(
        IReadOnlyList<IndividualWork> works,
        IReadOnlyList<ObjectivityEntry> entries,
        IReadOnlyDictionary<string, SchoolInfo> schools)
    {
        var flagged = FlaggedSchoolYears(entries);
        var levels = new List<ObjectivityLevel>();
        foreach (var year in works.Where(w => w.Procedure.Kind == ProcedureKind.Vpr).GroupBy(w => w.Year).OrderBy(g => g.Key))
        {
            var withData = year.Select(w => w.Login).Distinct().Where(schools.ContainsKey).ToList();
            if (withData.Count == 0)
            {
                continue;
            }

            levels.AddRange(withData
                .GroupBy(login => schools[login].Municipality)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ObjectivityLevel(year.Key, g.Key, g.Count(), g.Count(l => flagged.Contains((year.Key, l))))));
            levels.Add(new ObjectivityLevel(
                year.Key, Labels.Region, withData.Count, withData.Count(l => flagged.Contains((year.Key, l)))));
        }

        return levels;
    }

    private static List<double> Scores(IEnumerable<IndividualWork> works) =>
        works.Where(w => w.PrimaryScore is not null).Select(w => w.PrimaryScore!.Value).ToList();
}
