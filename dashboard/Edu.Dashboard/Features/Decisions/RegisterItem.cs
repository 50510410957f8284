using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Dashboard.Features.Decisions;

/// <summary>
/// One item of the register as the page shows it: the rows of the «decisions» export that belong to it, with the
/// figures that lead (the region's, or the item's own municipalities') apart from the breakdown by municipality of
/// an item of every municipality, which the page folds away.
/// </summary>
public sealed record RegisterItem(DecisionRow Item, IReadOnlyList<DecisionRow> Figures, IReadOnlyList<DecisionRow> ByMunicipality)
{
    /// <summary>The export's rows grouped by item in the export's order; rows of one item are consecutive there.</summary>
    public static IReadOnlyList<RegisterItem> From(IEnumerable<DecisionRow> rows) =>
        rows.GroupBy(r => (r.Document, r.DocumentDate, r.Order))
            .Select(g =>
            {
                var figures = g.Where(r => r.Code is not null).ToList();
                // Folded only when the region's row is there to lead: a municipal reader's rows are all its own.
                var fold = g.First().Scope == DecisionScope.AllMunicipalities && figures.Any(r => r.Municipality == Labels.Region);
                return new RegisterItem(
                    g.First(),
                    fold ? [.. figures.Where(r => r.Municipality == Labels.Region)] : figures,
                    fold ? [.. figures.Where(r => r.Municipality != Labels.Region)] : []);
            })
            .ToList();

    /// <summary>CSS class of an item's status; the label is always shown too, colour only helps.</summary>
    public static string CssClass(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Done => "st-achieved",
        ExecutionStatus.InProgress => "st-ontrack",
        ExecutionStatus.Overdue => "st-failed",
        _ => "st-nodata",
    };
}
