using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.StableHigh;

public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options)
    : AnalyticsPageModel<StableHighTable>(database, tables, options);
