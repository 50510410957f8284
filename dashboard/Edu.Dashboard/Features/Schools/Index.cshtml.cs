using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Schools;

public sealed class IndexModel(TableReader reader) : TablePageModel<SchoolsTable>(reader);
