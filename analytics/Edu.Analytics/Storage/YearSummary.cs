using Edu.Analytics.Model;

namespace Edu.Analytics.Storage;

/// <summary>The counts the analysts look at first after a recompute, for one year.</summary>
public sealed record YearSummary(
    int Year,
    int SchoolsWithResults,
    int Shnor,
    int RiskGroup,
    int Disadvantaged,
    int Resilient,
    int StablyResilient,
    int StablyHigh,
    int SelectedForProject,
    int SchoolsWithIndividualVpr,
    int ObjectivityFlagged,
    double? ValueAddedRSquared)
{
    public static IReadOnlyList<YearSummary> From(AnalyticsResult result) =>
        result.ProcedureResults.Select(r => r.Year).Distinct().Order()
            .Select(year => new YearSummary(
                year,
                result.ProcedureResults.Where(r => r.Year == year && r.IsCounted).Select(r => r.Login).Distinct().Count(),
                result.Shnor.Count(s => s.Year == year && s.Status == ShnorStatus.Shnor),
                result.Shnor.Count(s => s.Year == year && s.Status == ShnorStatus.RiskGroup),
                result.ContextIndexes.Count(c => c.Year == year && c.IsDisadvantaged),
                result.Resilience.Count(r => r.Year == year && r.IsDisadvantaged && r.Resilient),
                result.Resilience.Count(r => r.Year == year && r.StablyResilient),
                result.StableHigh.Count(s => s.Year == year && !s.ExcludedForObjectivity),
                result.StableHigh.Count(s => s.Year == year && s.Selected),
                result.ObjectivityLevels.Where(l => l.Year == year && l.Scope == Labels.Region).Sum(l => l.SchoolsWithData),
                result.Objectivity.Where(o => o.Year == year && o.Flagged).Select(o => o.Login).Distinct().Count(),
                result.ValueAddedModels.FirstOrDefault(m => m.Year == year)?.RSquared))
            .ToList();
}
