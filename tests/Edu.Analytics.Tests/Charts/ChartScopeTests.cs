using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Model;
using Edu.Storage;

namespace Edu.Analytics.Tests.Charts;

/// <summary>
/// Every chart dataset filters by the reader's municipality in its query: a municipal reader never gets another
/// municipality's schools, whatever place, district, school or scope it asks for; the region reader gets both.
/// </summary>
public sealed class ChartScopeTests : IDisposable
{
    private const string Luga = "Лужский район";
    private const string Gatchina = "Гатчинский район";
    private static readonly ReadScope LugaReader = new(Luga);
    private static readonly DateOnly AsOf = new(2025, 10, 31);

    private readonly ScratchDatabase _database = new("chart-scope");

    public ChartScopeTests()
    {
        School("l1", Luga, "Южный", rural: true);
        School("l2", Luga, "Южный", rural: false);
        School("g1", Gatchina, "Западный", rural: false);
        School("g2", Gatchina, "Западный", rural: false);
        // Луга: l1 ШФНСУ and resilient at (−1; 0,5), l2 «группа риска» at (1; 1). Гатчина: g1 ШНОР, g2 ordinary.
        Context("l1", Luga, "Южный", -1, 0.5, disadvantaged: true);
        Context("l2", Luga, "Южный", 1, 1, disadvantaged: false);
        Context("g1", Gatchina, "Западный", -0.5, -2, disadvantaged: true);
        Context("g2", Gatchina, "Западный", 0.5, 3, disadvantaged: false);
        Connection.Execute("""
            INSERT INTO resilience VALUES (2025, 'l1', 'l1', $p0, 'Южный', true, -1, 0.5, 0.3, true, false, false, false, false),
                                          (2025, 'g1', 'g1', $p1, 'Западный', true, -0.5, -2, -1, false, false, false, false, false)
            """, Luga, Gatchina);
        Shnor("l2", Luga, ShnorStatus.RiskGroup);
        Shnor("g1", Gatchina, ShnorStatus.Shnor);
        // l1 from individual works (counts), g1 from «статистика по отметкам» (shares only).
        Connection.Execute("""
            INSERT INTO procedure_results VALUES
                (2025, 'l1', $p0, 'ВПР', 'Математика', 5, 'ВПР · Математика · 5', 'IndividualWorks', 10, true, 4.0, 10, NULL, 1, 2, 3, 4),
                (2025, 'g1', $p1, 'ВПР', 'Математика', 5, 'ВПР · Математика · 5', 'VprMarks', 20, true, 3.5, 50, NULL, NULL, NULL, NULL, NULL)
            """, Luga, Gatchina);
        Connection.Execute("INSERT INTO vpr_marks VALUES (2025, 'Математика', 5, 'g1', 20, 50, 10, 20, 20, 1)");
        foreach (var (municipality, numerator) in new[] { (Luga, 60.0), (Gatchina, 80.0), (Labels.Region, 140.0) })
            Connection.Execute("INSERT INTO indicator_values VALUES ('DOP_5_18', $p0, DATE '2025-01-01', $p1, 100, $p1, '%')", municipality, numerator);
        Connection.Execute("INSERT INTO targets VALUES ('DOP_5_18', 'Охват', NULL, DATE '2026-01-01', 70, true, 1)");
    }

    [Fact]
    public void TheScatterHoldsOnlyTheReadersSchoolsAndItsLineIsFittedOverThem()
    {
        var luga = ContextScatter.Query(Connection, LugaReader, 2025);

        luga.Schools.Select(s => s.Login).Should().Equal("l1", "l2");
        // (−1; 0,5) and (1; 1): slope 0,5 / 2 = 0,25, intercept 0,75.
        luga.Line!.Coefficients[0].Should().BeApproximately(0.25, 1e-12);
        luga.Line.Intercept.Should().BeApproximately(0.75, 1e-12);
        ContextScatter.Query(Connection, LugaReader, 2025, municipality: Gatchina).Schools.Should().BeEmpty();
        ContextScatter.Query(Connection, LugaReader, 2025, district: "Западный").Schools.Should().BeEmpty();
        ContextScatter.LatestYear(Connection, new ReadScope("Сланцевский район")).Should().BeNull();
    }

    [Fact]
    public void TheRegionReaderSeesEverySchoolWithItsGroups()
    {
        var region = ContextScatter.Query(Connection, ReadScope.Region, 2025).Schools.ToDictionary(s => s.Login);

        region.Keys.Should().Equal("g1", "g2", "l1", "l2");
        region["g1"].IsShnor.Should().BeTrue();
        region["l2"].Shnor.Should().Be(ShnorStatus.RiskGroup);
        region["l2"].IsShnor.Should().BeFalse("«группа риска» is not highlighted as ШНОР");
        region["l1"].IsResilient.Should().BeTrue();
        region["l1"].IsDisadvantaged.Should().BeTrue();
        region["g1"].IsResilient.Should().BeFalse();
        region["g2"].Should().Be(new ScatterSchool("g2", 0.5, 3, false, false, null));
    }

    [Fact]
    public void ShnorCountsAreTheReadersOnly()
    {
        ShnorCounts.Query(Connection, LugaReader, 2025).Should().Equal(new MunicipalityShnor(Luga, 0, 1));
        ShnorCounts.Query(Connection, ReadScope.Region, 2025).Should().Equal(new MunicipalityShnor(Gatchina, 1, 0), new MunicipalityShnor(Luga, 0, 1));
    }

    [Fact]
    public void MarksAreTheReadersOnlyWhateverSchoolIsAskedFor()
    {
        MarksDistribution.Rows(Connection, LugaReader, 2025, null, null).Select(r => r.Login).Should().Equal("l1");
        MarksDistribution.Rows(Connection, LugaReader, 2025, null, "g1").Should().BeEmpty();
        ProcedureOutcomes.Read(Connection, LugaReader, login: "g1").Should().BeEmpty();
        MarksDistribution.LatestYear(Connection, LugaReader, Gatchina, null).Should().BeNull();

        // The region: l1's 10 counted marks and g1's 20 participants × shares, 30 marks in all.
        var bar = MarksDistribution.Query(Connection, ReadScope.Region, 2025, null, null).Should().ContainSingle().Subject;
        bar.Marks.Should().BeApproximately(30, 1e-12);
        bar.Shares.Two.Should().BeApproximately((1 + 10) * 100.0 / 30, 1e-12);
        ProcedureOutcomes.Read(Connection, ReadScope.Region, login: "g1").Single().Marks!.Shares.Should().Be(new PerMark(50, 10, 20, 20));
    }

    [Fact]
    public void SchoolCountsAreTheReadersOnly()
    {
        SchoolsByMunicipality.Query(Connection, LugaReader).Should().Equal(new MunicipalitySchools(Luga, 1, 1));
        SchoolsByMunicipality.Query(Connection, ReadScope.Region).Select(m => m.Municipality).Should().Equal(Luga, Gatchina);
    }

    [Fact]
    public void IndicatorsAreTheReadersOnlyAndTheRegionIsNotTheirs()
    {
        var luga = IndicatorTrend.Query(Connection, LugaReader, "DOP_5_18", Luga, AsOf, new AnalyticsOptions());
        luga.Values.Should().Equal(new IndicatorPoint(new DateOnly(2025, 1, 1), 60));
        luga.Goals.Should().ContainSingle().Which.Municipality.Should().Be(Luga);
        IndicatorTrend.Query(Connection, LugaReader, "DOP_5_18", Gatchina, AsOf, new AnalyticsOptions()).IsEmpty.Should().BeTrue();
        IndicatorTrend.Query(Connection, LugaReader, "DOP_5_18", Labels.Region, AsOf, new AnalyticsOptions()).IsEmpty.Should().BeTrue();

        TargetAttainment.Query(Connection, LugaReader, AsOf, new AnalyticsOptions())
            .Should().ContainSingle().Which.Scopes.Select(s => s.Municipality).Should().Equal(Luga);
        TargetAttainment.Query(Connection, ReadScope.Region, AsOf, new AnalyticsOptions())
            .Single().Scopes.Select(s => s.Municipality).Should().BeEquivalentTo([Luga, Gatchina, Labels.Region]);
    }

    private DuckDBConnection Connection => _database.Connection;

    public void Dispose() => _database.Dispose();

    private void School(string login, string municipality, string district, bool rural) =>
        Connection.Execute("INSERT INTO schools VALUES ($p0, $p0, $p0, $p1, $p2, 'СОШ', $p3, 300, 1)", login, municipality, district, rural);

    private void Context(string login, string municipality, string district, double context, double result, bool disadvantaged) =>
        Connection.Execute("INSERT INTO context_index VALUES (2025, $p0, $p0, $p1, $p2, $p3, 6, $p4, $p5)", login, municipality, district, context, disadvantaged, result);

    private void Shnor(string login, string municipality, ShnorStatus status) =>
        Connection.Execute("INSERT INTO shnor VALUES (2025, $p0, $p0, $p1, 'Западный', $p2, true, false, 'ВПР · Математика · 5', 1)", login, municipality, Labels.Status(status));
}
