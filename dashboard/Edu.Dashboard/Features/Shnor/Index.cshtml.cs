using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Shnor;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<ShnorTable>(reader);
