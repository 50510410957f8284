using System.Globalization;
using DuckDB.NET.Data;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Objectivity;

public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options)
    : AnalyticsPageModel<ObjectivityTable>(database, tables, options)
{
    public IReadOnlyList<ObjectivityLevel> Levels { get; private set; } = [];

    // The district filter has no column in the levels table; it narrows the school table only.
    protected override void ExtraAnalytics(DuckDBConnection connection) =>
        Levels = ObjectivityLevel.Read(connection, Scope,
            int.TryParse(Filter("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null, Filter("municipality"));
}
