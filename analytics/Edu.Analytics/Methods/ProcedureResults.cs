using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Turns raw rows into school-procedure-year results and applies the MinParticipants rule.</summary>
public static class ProcedureResults
{
    private const int LowMark = 2;
    private const int Satisfactory = 3;
    private const int Good = 4;
    private const int Excellent = 5;

    /// <remarks>
    /// For individual works the participants are the works that carry a mark: a work without one
    /// (absent, not graded) has no result to count. Individual works win over a vpr-marks row of
    /// the same school-procedure-year whatever their number.
    /// </remarks>
    public static IReadOnlyList<ProcedureResult> Compute(
        IReadOnlyList<WorkGroup> works,
        IReadOnlyList<MarkShares> vprMarks,
        IReadOnlyList<EgeSchoolResult> ege,
        AnalyticsOptions options)
    {
        var fromWorks = new List<ProcedureResult>(works.Count);
        foreach (var group in works)
        {
            fromWorks.Add(FromWorks(group, options));
        }

        var individualKeys = fromWorks.Select(r => (r.Year, r.Login, r.Procedure)).ToHashSet();

        var fromMarks = vprMarks
            .Where(m => !individualKeys.Contains((m.Year, m.Login, m.Procedure)))
            .Select(m => FromShares(m, options));
        var fromEge = ege.Select(e => FromEge(e, options));

        return SchoolYearOrder.Sort(fromWorks.Concat(fromMarks).Concat(fromEge).ToList(), r => r.Year, r => r.Login, r => r.Procedure);
    }

    public static ProcedureResult FromWorks(WorkGroup works, AnalyticsOptions options)
    {
        int two = 0, three = 0, four = 0, five = 0, participants = 0, scored = 0;
        long markSum = 0;
        var scoreSum = 0.0;
        for (var i = 0; i < works.Count; i++)
        {
            var mark = works.Marks[i];
            if (mark != WorkGroup.NoMark)
            {
                participants++;
                markSum += mark;
                switch (mark)
                {
                    case LowMark: two++; break;
                    case Satisfactory: three++; break;
                    case Good: four++; break;
                    case Excellent: five++; break;
                }
            }

            // Summed in load order, as the mean of a list would be, so the figure does not depend on this loop.
            if (!double.IsNaN(works.Scores[i]))
            {
                scored++;
                scoreSum += works.Scores[i];
            }
        }

        var counts = new MarkCounts(two, three, four, five);
        return new ProcedureResult(
            works.Year,
            works.Login,
            works.Procedure,
            ResultSource.IndividualWorks,
            participants,
            participants >= options.MinParticipants,
            participants > 0 ? (double)markSum / participants : null,
            participants > 0 ? counts.Two * 100.0 / participants : null,
            scored > 0 ? scoreSum / scored : null,
            counts);
    }

    /// <remarks>
    /// A row whose shares are «н/д» has no participant with a known mark, just as an individual work without a mark
    /// is not a participant: it shows «недостаточно данных» whatever its «Кол-во участников», never a mean of 0.
    /// </remarks>
    public static ProcedureResult FromShares(MarkShares row, AnalyticsOptions options)
    {
        // SPEC: mean mark = Σ k·share_k / 100, taken as written even when the shares sum to 100 ± 1.
        var mean = ((LowMark * row.Share2) + (Satisfactory * row.Share3) + (Good * row.Share4) + (Excellent * row.Share5)) / 100.0;
        return new ProcedureResult(
            row.Year,
            row.Login,
            row.Procedure,
            ResultSource.VprMarks,
            row.Participants,
            row.Participants >= options.MinParticipants && mean is not null,
            mean,
            mean is null ? null : row.Share2,
            null,
            null);
    }

    public static ProcedureResult FromEge(EgeSchoolResult row, AnalyticsOptions options) =>
        new(
            row.Year,
            row.Login,
            row.Procedure,
            ResultSource.EgeSchool,
            row.Participants,
            row.Participants >= options.MinParticipants,
            row.MeanScore,
            row.Participants > 0 ? row.BelowMin * 100.0 / row.Participants : null,
            null,
            null);
}
