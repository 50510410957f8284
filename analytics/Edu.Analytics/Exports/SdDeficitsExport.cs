using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Analytics.Storage;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>
/// «sd-deficits» (SPEC §12): per round date ≤ the as-of date, per municipality and for the region, the criteria with 0
/// points in at least one school, ranked. The region's rows are computed over every school of the region; a municipal
/// scope gets its municipality's rows and the region's aggregate rows, which name no school.
/// </summary>
public sealed class SdDeficitsExport(DateOnly asOf) : Export<SdDeficitRow>
{
    public override string Name => "sd-deficits";

    public override string Title => "Дефициты самодиагностики";

    public override ColumnMap<SdDeficitRow> Columns { get; } = new ColumnMap<SdDeficitRow>()
        .Date("round_date", "Дата самодиагностики", r => r.RoundDate)
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => r.IsRegion ? null : EntityRef.Municipality(r.Municipality))
        .Text("direction", "Направление", r => r.Direction)
        .Text("number", "Номер показателя", r => r.Number)
        .Text("criterion", "Показатель", r => r.Criterion, width: 60)
        .Integer("schools", "ОО с нулевым баллом", r => r.Schools)
        .Number("share", "Доля ОО, %", r => r.Share, "0.0")
        .Integer("place", "Место", r => r.Place)
        .Integer("schools_with_criterion", "ОО с показателем", r => r.SchoolsWithCriterion);

    private const string SchoolsSql = "SELECT login, municipality FROM schools";

    public override IReadOnlyList<SdDeficitRow> Rows(DuckDBConnection connection, ExportFilter filter)
    {
        var municipalityOf = connection.Rows(SchoolsSql, r => (Login: r.GetString(0), Municipality: r.GetString(1))).ToDictionary(s => s.Login, s => s.Municipality);
        return SelfDiagnostics.Deficits(SelfDiagnosticsReader.Criteria(connection, asOf), municipalityOf, asOf)
            .Where(d => d.IsRegion || filter.Municipality is null || d.Scope == filter.Municipality)
            .Where(d => filter.Year is null || SelfDiagnostics.SchoolYear(d.Date) == filter.Year)
            .Select(d => new SdDeficitRow(d.Date, d.Scope, d.Direction, d.Number, d.Criterion, d.Schools, d.SchoolsWithCriterion, d.Share, d.Place))
            .ToList();
    }
}
