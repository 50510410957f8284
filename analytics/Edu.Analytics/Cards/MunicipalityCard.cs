using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Storage;

namespace Edu.Analytics.Cards;

/// <summary>
/// A municipality at a glance in one assessment year: its target statuses as of a date, its lists (ШНОР and группа
/// риска, ШФНСУ, resilient, stably high, schools flagged for non-objectivity) and objectivity level, the mentoring that
/// crosses its border, and each indicator against the region's. Every list is the export's own rows for the
/// municipality and year, so the page's counts are the exports'.
/// </summary>
public sealed record MunicipalityCard(
    string Municipality,
    int? Year,
    IReadOnlyList<int> Years,
    DateOnly AsOf,
    IReadOnlyList<IndicatorRow> Targets,
    IReadOnlyList<ShnorRow> Shnor,
    IReadOnlyList<ContextRow> Disadvantaged,
    IReadOnlyList<ResilientRow> Resilient,
    IReadOnlyList<StableHighRow> StableHigh,
    IReadOnlyList<ObjectivityRow> Flagged,
    ObjectivityLevelRow? Objectivity,
    IReadOnlyList<MentorRow> AcrossBorder,
    IReadOnlyList<IndicatorComparison> Comparison)
{
    /// <summary>Schools with at least one flagged procedure: a school counts once however many procedures are flagged.</summary>
    public IReadOnlyList<ObjectivityRow> FlaggedSchools => [.. Flagged.DistinctBy(r => r.Login)];

    /// <summary>
    /// The card of <paramref name="municipality"/> for <paramref name="year"/> (none: the latest computed year). Empty for
    /// a reader whose scope does not cover it; the region's figures in <see cref="Comparison"/> only for a region-wide reader.
    /// </summary>
    public static MunicipalityCard Read(DuckDBConnection connection, ReadScope scope, string municipality, int? year, DateOnly asOf, AnalyticsOptions options,
        ProjectOptions projects)
    {
        if (!scope.Covers(municipality))
            return new MunicipalityCard(municipality, null, [], asOf, [], [], [], [], [], [], null, [], []);
        var years = connection.Rows("SELECT DISTINCT year FROM result_index WHERE municipality = $p0 ORDER BY year DESC", r => r.GetInt32(0), municipality);
        int? chosen = year ?? (years.Count > 0 ? years[0] : null);
        // Without a computed year the lists must not fall back to «all years»: an impossible year gives empty lists.
        var lists = new ExportFilter(chosen ?? int.MinValue, municipality);
        var targets = new IndicatorsExport(asOf, options).Rows(connection, new ExportFilter(null, municipality));
        return new MunicipalityCard(
            municipality,
            chosen,
            years,
            asOf,
            targets,
            new ShnorExport().Rows(connection, lists),
            [.. new ContextExport().Rows(connection, lists).Where(r => r.IsDisadvantaged)],
            [.. new ResilientExport().Rows(connection, lists).Where(r => r.Resilient || r.StablyResilient)],
            [.. new StableHighExport(projects).Rows(connection, lists).Where(r => !r.ExcludedForObjectivity)],
            [.. new ObjectivityExport().Rows(connection, lists).Where(r => r.Flagged)],
            ObjectivityLevelRow.Read(connection, scope, lists.Year, municipality).FirstOrDefault(),
            AcrossBorderOf(connection, municipality, lists.Year),
            IndicatorComparison.Read(connection, scope, municipality, asOf, targets));
    }

    // Pairs with one school here and the other in another municipality: the coordinator is told where its schools
    // mentor or are mentored, in any municipality (the mentors export itself lists a municipality's mentees only).
    private static List<MentorRow> AcrossBorderOf(DuckDBConnection connection, string municipality, int? year) =>
        connection.Rows($"""
            {MentorsExport.Select}
            WHERE ($p1 IS NULL OR year = $p1) AND mentor_login IS NOT NULL
              AND ((municipality = $p0 AND mentor_municipality <> $p0) OR (mentor_municipality = $p0 AND municipality <> $p0))
            ORDER BY year DESC, mentor_municipality = $p0 DESC, login
            """,
            MentorsExport.Map, municipality, year);
}
