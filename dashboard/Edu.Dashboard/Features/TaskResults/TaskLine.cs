using Edu.Analytics.Exports;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>A task of the chosen procedure-year as the page's first table shows it: the region's row and the chosen place's, if any.</summary>
public sealed record TaskLine(TaskResultRow Region, TaskResultRow? Place);

/// <summary>A task some municipalities fail: the region's row and theirs, the weakest first.</summary>
public sealed record MunicipalDeficit(TaskResultRow Region, IReadOnlyList<TaskResultRow> Municipalities);
