using Edu.Dashboard.Data;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Municipalities;

public sealed class IndexModel(DashboardDatabase database, TableRegistry tables, IOptions<DashboardOptions> options)
    : TablePageModel<MunicipalitiesTable>(database, tables, options);
