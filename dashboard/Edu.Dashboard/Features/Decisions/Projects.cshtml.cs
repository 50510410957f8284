using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Decisions;

public sealed class ProjectsModel(TableReader reader) : AnalyticsPageModel<RostersTable>(reader);
