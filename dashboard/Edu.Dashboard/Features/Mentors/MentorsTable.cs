using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Mentors;

/// <summary>«./edu export mentors»: each «ШНОР» school with its mentor and how the mentor was found.</summary>
public sealed class MentorsTable : AnalyticsTable
{
    public override string Name => MentorsExport.Name;

    public override string Title => "Наставничество";

    public override IReadOnlyList<string> MessageTopics { get; } = ["наставни", "шнор", "стабильно"];

    protected override ExportTable Query(DuckDBConnection connection, ExportFilter filter) => MentorsExport.Query(connection, filter);

    // The mentor's columns drill down like the mentee's; a mentor outside a municipal user's scope answers 403 there.
    public override string? Link(ExportTable table, object?[] row, int column)
    {
        switch (table.Columns[column].Header)
        {
            case "Логин наставника" or "Наименование наставника":
                var login = DrillDown.IndexOf(table, "Логин наставника");
                return login >= 0 && row[login] is string l ? DrillDown.School(l) : null;
            case "Муниципалитет наставника":
                return row[column] is string m && m.Length > 0 ? DrillDown.Municipality(m) : null;
            default:
                return base.Link(table, row, column);
        }
    }
}
