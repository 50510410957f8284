using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Mentors;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<MentorsTable>(reader);
