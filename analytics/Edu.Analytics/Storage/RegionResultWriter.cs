using DuckDB.NET.Data;
using Edu.Analytics.Model;

namespace Edu.Analytics.Storage;

/// <summary>Appends the tables that are not per school: messages, models, objectivity levels, indicator values.</summary>
internal static class RegionResultWriter
{
    public static void Write(DuckDBConnection connection, long computationId, AnalyticsResult result, StepTimings timings)
    {
        SchoolResultWriter.Append(connection, timings, ResultTables.Messages, result.Messages.Select((m, i) => (Seq: i + 1, Message: m)), (row, m) =>
            row.AppendValue(computationId).AppendValue(m.Seq).AppendValue(m.Message));

        SchoolResultWriter.Append(connection, timings, ResultTables.ValueAddedModels, result.ValueAddedModels.OrderBy(m => m.Year), (row, m) =>
            row.AppendValue(m.Year).AppendValue(m.Predictors).AppendValue(m.Coefficients).AppendValue(m.Intercept)
                .AppendValue(m.Schools).AppendValue(m.RSquared));

        SchoolResultWriter.Append(connection, timings, ResultTables.ObjectivityLevels, result.ObjectivityLevels.OrderBy(l => l.Year).ThenBy(l => l.Scope, StringComparer.Ordinal), (row, l) =>
            row.AppendValue(l.Year).AppendValue(l.Scope).AppendValue(l.SchoolsWithData).AppendValue(l.FlaggedSchools).AppendValue(l.Level));

        SchoolResultWriter.Append(connection, timings, ResultTables.IndicatorValues, result.Indicators, (row, v) =>
            row.AppendValue(v.Code).AppendValue(v.Municipality).AppendValue(v.Date.ToDateTime(TimeOnly.MinValue))
                .AppendValue(v.Numerator).AppendValue(v.Denominator).AppendValue(v.Value).AppendValue(v.Unit));
    }
}
