using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>The municipalities the user may see with their schools in the registry (all 18 for the region, even without schools yet).</summary>
public sealed class MunicipalitiesTable(MunicipalityDirectory municipalities) : DashboardTable<MunicipalityRow>
{
    public override string Name => "municipalities";

    public override string Title => "Муниципалитеты";

    public override ColumnMap<MunicipalityRow> Columns { get; } = new ColumnMap<MunicipalityRow>()
        .Text("municipality", "Муниципалитет", r => r.Name, r => EntityRef.Municipality(r.Name))
        .Text("district", "Образовательный округ", r => r.District)
        .Integer("schools", "Школ", r => r.Schools)
        .Integer("rural", "в т.ч. сельских", r => r.RuralSchools)
        .Integer("pupils", "Обучающихся", r => r.Pupils);

    public override IReadOnlyList<TableFilter<MunicipalityRow>> Filters { get; } = [TableFilters.District<MunicipalityRow>(r => r.District)];

    public override IReadOnlyList<MunicipalityRow> Rows(DuckDBConnection connection, UserScope scope)
    {
        var counts = connection.Rows("""
            SELECT municipality, count(*), count(*) FILTER (WHERE is_rural), sum(enrolment)::BIGINT
            FROM schools WHERE $p0 IS NULL OR municipality = $p0 GROUP BY municipality
            """, r => (Name: r.GetString(0), Schools: r.Long(1), Rural: r.Long(2), Pupils: r.IsDBNull(3) ? (long?)null : r.Long(3)), scope.SqlMunicipality)
            .ToDictionary(c => c.Name);
        return municipalities.All.Where(m => scope.Covers(m.Name))
            .Select(m => counts.TryGetValue(m.Name, out var c)
                ? new MunicipalityRow(m.Name, m.District, c.Schools, c.Rural, c.Pupils)
                : new MunicipalityRow(m.Name, m.District, 0, 0, null))
            .ToList();
    }
}
