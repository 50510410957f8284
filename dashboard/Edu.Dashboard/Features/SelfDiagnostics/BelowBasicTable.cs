using DuckDB.NET.Data;
using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>The page's list (SPEC §12 «Below basic list»): the schools whose latest level is «ниже базового», as the same read model gives them.</summary>
public sealed class BelowBasicTable(IHttpContextAccessor http, RegionClock clock, IOptions<ProjectOptions> projects) : SchoolLevelsTable(http, clock, projects)
{
    public override string Name => "sd-below-basic";

    public override string Title => "Школы ниже базового уровня";

    public override IReadOnlyList<SelfDiagnosticsRow> Rows(DuckDBConnection connection, UserScope scope) =>
        [.. base.Rows(connection, scope).Where(r => r.BelowBasic)];
}
