using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.StableHigh;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<StableHighTable>(reader);
