using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Methods;

/// <summary>Signs of non-objective ВПР results: inflated mean, journal mismatch, marks vs journal.</summary>
public static class Objectivity
{
    /// <remarks>The z-scores come as <see cref="ResultIndex.ProcedureZScores"/> gives them: ordered by year and login.</remarks>
    public static IReadOnlyList<ObjectivityEntry> Compute(
        IReadOnlyList<WorkGroup> works,
        IReadOnlyList<ProcedureResult> results,
        IReadOnlyList<ProcedureZ> procedureZ,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var vpr = works.Where(g => g.Procedure.Kind == ProcedureKind.Vpr).ToList();
        var bySchool = vpr.ToDictionary(g => (g.Year, g.Login, g.Procedure));

        // The region's interval is over the participants of its counted school-procedures: a school-procedure with fewer
        // than MinParticipants takes part in no rule of SPEC §4, the region's side of the inflated-mean check included.
        var counted = results
            .Where(r => r.IsCounted && r.Source == ResultSource.IndividualWorks && r.Procedure.Kind == ProcedureKind.Vpr)
            .Select(r => (r.Year, r.Login, r.Procedure))
            .ToHashSet();
        var regionUpper = vpr
            .Where(g => counted.Contains((g.Year, g.Login, g.Procedure)))
            .GroupBy(g => (g.Year, g.Procedure))
            .ToDictionary(g => g.Key, g => ConfidenceInterval.Of(RegionStats(g.ToList()), options.ConfidenceZ)?.Upper);
        // Where each school-year's z-scores are, not copies of them: a country has three million.
        var zBySchool = ResultIndex.SchoolYears(procedureZ).ToDictionary(s => (s.Year, s.Login), s => s.Rows);
        // A school type is matched against the exempt ones once, not once per school-procedure (the match normalizes text).
        var exemptTypes = schools.Values.Select(s => s.SchoolType).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(type => options.ExemptTypes.Any(exempt => SchoolTypes.Same(exempt, type)))
            .ToHashSet(StringComparer.Ordinal);

        // One set of working arrays for every group, as long as the largest: a country's half a million groups would
        // otherwise allocate their copies of 12 million scores several times over.
        var scratch = new Scratch(vpr.Count == 0 ? 0 : vpr.Max(g => g.Count));

        // Results come ordered by year, login and procedure, which is the order of the entries.
        var entries = new List<ObjectivityEntry>();
        foreach (var r in results)
        {
            if (!r.IsCounted || r.Source != ResultSource.IndividualWorks || r.Procedure.Kind != ProcedureKind.Vpr)
            {
                continue;
            }

            var own = bySchool[(r.Year, r.Login, r.Procedure)];
            var lower = ConfidenceInterval.Of(SampleStats.Of(scratch.Scores(own)), options.ConfidenceZ)?.Lower;
            var upper = regionUpper[(r.Year, r.Procedure)];
            var isExempt = schools.TryGetValue(r.Login, out var school) && school.SchoolType is { } type && exemptTypes.Contains(type);
            var others = zBySchool.TryGetValue((r.Year, r.Login), out var rows) ? ResultIndex.WeightedMeanExcept(procedureZ, rows, r.Procedure) : null;
            var confirmed = others >= options.ConfirmingZ;
            var inflated = lower > upper && !isExempt && !confirmed;

            var pairs = scratch.JournalPairs(own);
            var rho = pairs >= options.MinSpearmanPairs ? Spearman.Correlation(scratch.Journal(pairs), scratch.Paired(pairs), scratch.Ranking) : null;

            var (both, lowered, raised) = MarksAgainstJournal(own);
            var confirmedMarks = both - lowered - raised;
            double? Pct(int count) => both > 0 ? count * 100.0 / both : null;

            entries.Add(new ObjectivityEntry(
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
                pairs,
                JournalMismatch: rho < options.SpearmanThreshold,
                Pct(lowered),
                Pct(confirmedMarks),
                Pct(raised),
                MarksVsJournal: both > 0 && (lowered + raised) * 100.0 / both >= options.MarksVsJournalThresholdPct));
        }

        return entries;
    }

    public static IReadOnlySet<(int Year, string Login)> FlaggedSchoolYears(IEnumerable<ObjectivityEntry> entries) =>
        entries.Where(e => e.Flagged).Select(e => (e.Year, e.Login)).ToHashSet();

    /// <summary>
    /// Level per municipality and for the region, over registry schools with at least one counted ВПР procedure
    /// with individual data that year — exactly the schools that have entries (SPEC §4: a school whose individual
    /// works are all in uncounted procedures takes part in no rule, this one included). The region sums the counts.
    /// </summary>
    public static IReadOnlyList<ObjectivityLevel> Levels(
        IReadOnlyList<ObjectivityEntry> entries,
        IReadOnlyDictionary<string, SchoolInfo> schools)
    {
        var flagged = FlaggedSchoolYears(entries);
        var levels = new List<ObjectivityLevel>();
        foreach (var year in entries.GroupBy(e => e.Year).OrderBy(g => g.Key))
        {
            var checkedSchools = year.Select(e => e.Login).Distinct().Where(schools.ContainsKey).ToList();
            if (checkedSchools.Count == 0)
            {
                continue;
            }

            levels.AddRange(checkedSchools
                .GroupBy(login => schools[login].Municipality)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ObjectivityLevel(year.Key, g.Key, g.Count(), g.Count(l => flagged.Contains((year.Key, l))))));
            levels.Add(new ObjectivityLevel(
                year.Key, Labels.Region, checkedSchools.Count, checkedSchools.Count(l => flagged.Contains((year.Key, l)))));
        }

        return levels;
    }

    /// <summary>Mean and sd of every score of the region's groups, taken group after group in load order.</summary>
    /// <remarks>
    /// The same two passes as <see cref="SampleStats.Of(ReadOnlySpan{double})"/>, bit for bit, but streamed: copying
    /// the region's scores into one array first measured +130 MB peak and +0.6 s at country scale.
    /// </remarks>
    private static SampleStats RegionStats(List<WorkGroup> groups)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var group in groups)
        {
            foreach (var score in group.Scores)
            {
                if (!double.IsNaN(score))
                {
                    count++;
                    sum += score;
                }
            }
        }

        if (count == 0)
        {
            return new SampleStats(0, double.NaN, null);
        }

        var mean = sum / count;
        if (count < 2)
        {
            return new SampleStats(count, mean, null);
        }

        var sumSquares = 0.0;
        foreach (var group in groups)
        {
            foreach (var score in group.Scores)
            {
                if (!double.IsNaN(score))
                {
                    sumSquares += (score - mean) * (score - mean);
                }
            }
        }

        return new SampleStats(count, mean, Math.Sqrt(sumSquares / (count - 1)));
    }

    private static (int Both, int Lowered, int Raised) MarksAgainstJournal(WorkGroup works)
    {
        int both = 0, lowered = 0, raised = 0;
        for (var i = 0; i < works.Count; i++)
        {
            var (mark, journal) = (works.Marks[i], works.JournalMarks[i]);
            if (mark == WorkGroup.NoMark || journal == WorkGroup.NoMark)
            {
                continue;
            }

            both++;
            lowered += mark < journal ? 1 : 0;
            raised += mark > journal ? 1 : 0;
        }

        return (both, lowered, raised);
    }

    /// <summary>Working arrays reused from group to group; what it returns is valid until its next call.</summary>
    private sealed class Scratch(int capacity)
    {
        private readonly double[] _scores = new double[capacity];
        private readonly double[] _journal = new double[capacity];
        private readonly double[] _paired = new double[capacity];

        public Spearman.Workspace Ranking { get; } = new(capacity);

        /// <summary>The group's primary scores, in load order, without the missing ones.</summary>
        public ReadOnlySpan<double> Scores(WorkGroup works)
        {
            var count = 0;
            foreach (var score in works.Scores)
            {
                if (!double.IsNaN(score))
                {
                    _scores[count++] = score;
                }
            }

            return _scores.AsSpan(0, count);
        }

        /// <summary>
        /// Gathers «отметка по журналу» and primary score of the works that have both, in load order, for
        /// <see cref="Journal"/> and <see cref="Paired"/>; returns how many there are.
        /// </summary>
        public int JournalPairs(WorkGroup works)
        {
            var count = 0;
            for (var i = 0; i < works.Count; i++)
            {
                if (works.JournalMarks[i] != WorkGroup.NoMark && !double.IsNaN(works.Scores[i]))
                {
                    _journal[count] = works.JournalMarks[i];
                    _paired[count] = works.Scores[i];
                    count++;
                }
            }

            return count;
        }

        public ReadOnlySpan<double> Journal(int pairs) => _journal.AsSpan(0, pairs);

        public ReadOnlySpan<double> Paired(int pairs) => _paired.AsSpan(0, pairs);
    }
}
