using DuckDB.NET.Data;
using Edu.Analytics.Exports;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;
using Edu.Reference;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>The municipalities the user may see with their schools in the registry (all 18 for the region, even without schools yet).</summary>
public sealed class MunicipalitiesTable(MunicipalityDirectory municipalities) : DashboardTable
{
    public override string Name => "municipalities";

    public override string Title => "Муниципалитеты";

    public override IReadOnlyList<TableFilter> Filters { get; } = [TableFilter.District];

    public override ExportTable Rows(DuckDBConnection connection, UserScope scope)
    {
        ExportColumn[] columns =
        [
            new("Муниципалитет", ExportType.Text), new("Образовательный округ", ExportType.Text), new("Школ", ExportType.Integer),
            new("в т.ч. сельских", ExportType.Integer), new("Обучающихся", ExportType.Integer),
        ];
        var counts = RegistryExports.Read(connection, """
            SELECT municipality, count(*), count(*) FILTER (WHERE is_rural), sum(enrolment)::BIGINT
            FROM schools WHERE $p0 IS NULL OR municipality = $p0 GROUP BY municipality
            """, scope.SqlMunicipality).ToDictionary(r => (string)r[0]!);
        var rows = municipalities.All.Where(m => scope.Covers(m.Name))
            .Select(m => counts.TryGetValue(m.Name, out var c)
                ? new object?[] { m.Name, m.District, c[1], c[2], c[3] }
                : [m.Name, m.District, 0L, 0L, null])
            .ToList();
        return new ExportTable(Name, Title, columns, rows);
    }
}
