using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Reference;
using Edu.Spreadsheets;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>The page's list (SPEC §12 «Below basic list»): the schools whose latest level is «ниже базового», as the same read model gives them.</summary>
public sealed class BelowBasicTable(IHttpContextAccessor http, RegionClock clock, IOptions<ProjectOptions> projects) : SchoolLevelsTable(http, clock, projects)
{
    public override string Name => "sd-below-basic";

    public override string Title => "Школы ниже базового уровня";

    // Every row's level is «ниже базового» and the login is in the name's link: the page keeps to what tells the schools
    // apart, in the read model's own columns; the download has every SPEC §12 column.
    private static readonly string[] PageColumns =
        ["school_name", "municipality", "round_date", "total_points", "previous_level", "change", "in_project", "deficits"];

    public override ColumnMap<SelfDiagnosticsRow> Columns => PageColumns.Aggregate(new ColumnMap<SelfDiagnosticsRow>(), (map, key) => map.Add(base.Columns[key]));

    protected override ColumnMap<SelfDiagnosticsRow> ExportColumns => base.Columns;

    public override IReadOnlyList<SelfDiagnosticsRow> Rows(DuckDBConnection connection, UserScope scope) =>
        [.. base.Rows(connection, scope).Where(r => r.BelowBasic)];
}
