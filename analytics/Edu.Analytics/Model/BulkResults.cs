namespace Edu.Analytics.Model;

/// <summary>
/// The results that run to millions of rows at country scale: one per school-procedure-year and one per task of
/// every school, municipality and the region. They are ready before the rest of the computation, and storing them
/// takes as long as computing everything else.
/// </summary>
public sealed record BulkResults(IReadOnlyList<ProcedureResult> ProcedureResults, IReadOnlyList<TaskResult> TaskResults);
