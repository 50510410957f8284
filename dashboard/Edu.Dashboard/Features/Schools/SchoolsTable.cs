using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Schools;

/// <summary>The schools registry, the same table as «./edu export schools»; the scope goes into its SQL.</summary>
public sealed class SchoolsTable : DashboardTable<SchoolRow>
{
    private readonly SchoolsExport _export = new();

    public override string Name => _export.Name;

    public override string Title => "Школы";

    public override ColumnMap<SchoolRow> Columns => _export.Columns;

    protected override string ExportTitle => _export.Title;

    public override IReadOnlyList<TableFilter<SchoolRow>> Filters { get; } =
    [
        TableFilters.Municipality<SchoolRow>(), TableFilters.District<SchoolRow>(),
        new("type", "Тип ОО", r => r.SchoolType), new("locality", "Тип местности", r => r.Locality),
    ];

    public override IReadOnlyList<SchoolRow> Rows(DuckDBConnection connection, UserScope scope) =>
        _export.Rows(connection, new ExportFilter(null, scope.SqlMunicipality));
}
