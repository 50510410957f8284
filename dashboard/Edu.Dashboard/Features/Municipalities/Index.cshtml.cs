using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Municipalities;

public sealed class IndexModel(TableReader reader) : TablePageModel<MunicipalitiesTable>(reader);
