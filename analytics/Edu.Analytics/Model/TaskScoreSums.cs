namespace Edu.Analytics.Model;

/// <summary>
/// The ВПР works of one school-procedure-year that have a primary score (SPEC §13's G) and each task's summed score:
/// a blank or missing-value task score adds 0. <see cref="Scores"/>[t] is the task numbered t + 1 in the paper. Tens
/// of millions of works arrive as a few hundred thousand of these: DuckDB sums them (AnalyticsInputReader).
/// </summary>
public sealed record TaskScoreSums(int Year, string Login, ProcedureKey Procedure, int Works, double[] Scores);
