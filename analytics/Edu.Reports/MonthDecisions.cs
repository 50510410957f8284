using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Spreadsheets;

namespace Edu.Reports;

/// <summary>
/// «Исполнение решений»: the rows of the «decisions» export as of the month's last day that the month's report is
/// about — items overdue, items due in the month, items done in the month — in that order, each group in the
/// export's order. The rows are the export's own, so a sheet line reads as «./edu export decisions --as-of»; the sheet
/// holds the SPEC §11 columns only — the dates of the values, the target itself, its level, the note and the as-of date
/// after them stay in the export, or the 24 columns would print on four pages per row group.
/// </summary>
public static class MonthDecisions
{
    public static Table<DecisionRow> Query(DecisionsExport decisions, DuckDBConnection connection, ReportMonth month, string? municipality)
    {
        var all = decisions.Query(connection, new ExportFilter(null, municipality));
        bool InMonth(DateOnly? date) => date >= month.FirstDay && date <= month.LastDay;
        int? Group(DecisionRow r) =>
            r.Status == ExecutionStatus.Overdue ? 0
            : InMonth(r.DoneDate) ? 2
            : InMonth(r.Deadline) ? 1
            : null;
        return OnSheet(all.With(all.Rows.Select(r => (Row: r, Group: Group(r))).Where(r => r.Group is not null).OrderBy(r => r.Group).Select(r => r.Row)));
    }

    /// <summary>The table with the columns the sheet prints: the SPEC §11 ones.</summary>
    public static Table<DecisionRow> OnSheet(Table<DecisionRow> table)
    {
        var columns = new ColumnMap<DecisionRow>();
        foreach (var column in table.Columns.TakeWhile(c => c.Key != FirstDetail)) columns.Add(column);
        return new Table<DecisionRow>(table.Name, table.Title, columns, table.Rows);
    }

    // The first column of the export after the SPEC §11 ones.
    private const string FirstDetail = "before_date";
}
