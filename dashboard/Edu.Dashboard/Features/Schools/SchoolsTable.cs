using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Schools;

/// <summary>The schools registry, the same table as «./edu export schools»; the scope goes into its SQL.</summary>
public sealed class SchoolsTable : DashboardTable
{
    public override string Name => "schools";

    public override string Title => "Школы";

    public override IReadOnlyList<TableFilter> Filters { get; } =
    [
        TableFilter.Municipality, TableFilter.District,
        new("type", "Тип ОО", "Тип ОО"), new("locality", "Тип местности", "Тип местности"),
    ];

    public override ExportTable Rows(DuckDBConnection connection, UserScope scope) => RegistryExports.Schools(connection, scope.SqlMunicipality);
}
