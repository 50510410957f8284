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
        IReadOnlyList<IndividualWork> works,
        IReadOnlyList<MarkShares> vprMarks,
        IReadOnlyList<EgeSchoolResult> ege,
        AnalyticsOptions options)
    {
        var fromWorks = works
            .GroupBy(w => (w.Year, w.Login, w.Procedure))
            .Select(g => FromWorks(g.Key.Year, g.Key.Login, g.Key.Procedure, g.ToList(), options))
            .ToList();
        var individualKeys = fromWorks.Select(r => (r.Year, r.Login, r.Procedure)).ToHashSet();

        var fromMarks = vprMarks
            .Where(m => !individualKeys.Contains((m.Year, m.Login, m.Procedure)))
            .Select(m => FromShares(m, options));
        var fromEge = ege.Select(e => FromEge(e, options));

        return fromWorks.Concat(fromMarks).Concat(fromEge)
            .OrderBy(r => r.Year)
            .ThenBy(r => r.Login, StringComparer.Ordinal)
            .ThenBy(r => r.Procedure)
            .ToList();
    }

    public static ProcedureResult FromWorks(
        int year, string login, ProcedureKey procedure, IReadOnlyList<IndividualWork> works, AnalyticsOptions options)
    {
        var marks = works.Where(w => w.Mark is not null).Select(w => w.Mark!.Value).ToList();
        var scores = works.Where(w => w.PrimaryScore is not null).Select(w => w.PrimaryScore!.Value).ToList();
        var counts = new MarkCounts(
            marks.Count(m => m == LowMark), marks.Count(m => m == Satisfactory), marks.Count(m => m == Good), marks.Count(m => m == Excellent));
        var participants = marks.Count;
        return new ProcedureResult(
            year,
            login,
            procedure,
            ResultSource.IndividualWorks,
            participants,
            participants >= options.MinParticipants,
            participants > 0 ? marks.Average() : null,
            participants > 0 ? counts.Two * 100.0 / participants : null,
            scores.Count > 0 ? scores.Average() : null,
            counts);
    }

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
            row.Participants >= options.MinParticipants,
            mean,
            row.Share2,
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
