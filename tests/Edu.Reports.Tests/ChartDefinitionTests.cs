using Edu.Analytics.Charts;
using Edu.Reports.Charts;
using Edu.Reports.Tests.Support;
using ScottPlot.Plottables;

namespace Edu.Reports.Tests;

/// <summary>
/// The report's charts are the charts' one definitions drawn from their datasets' queries with the report's scope
/// (the dashboard's chart tests check the same definitions behind its endpoints).
/// </summary>
[Collection(ReportsCollection.Name)]
public class ChartDefinitionTests(ReportsFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheScatterFileIsTheDefinitionDrawnFromItsDataset(bool municipal)
    {
        using var connection = fixture.Region.Database.Open();
        var scope = new ReadScope(municipal ? ReportsFixture.Municipality : null);
        var expected = ReportCharts.Png(ContextScatterChart.Draw(ContextScatter.Query(connection, scope, ReportsFixture.ExpectedYear)), ReportCharts.ContextFile);

        var report = municipal ? fixture.Municipal : fixture.Whole;
        File.ReadAllBytes(report.ChartPaths.Single(p => p.EndsWith(ReportCharts.ContextFile, StringComparison.Ordinal))).Should().Equal(expected.Png);
    }

    [Fact]
    public void TheShnorFileIsTheDefinitionDrawnFromItsDataset()
    {
        using var connection = fixture.Region.Database.Open();
        var expected = ReportCharts.Png(ShnorChart.Draw(ShnorCounts.Query(connection, ReadScope.Region, ReportsFixture.ExpectedYear), ReportsFixture.ExpectedYear), ReportCharts.ShnorFile);

        File.ReadAllBytes(fixture.Whole.ChartPaths.Single(p => p.EndsWith(ReportCharts.ShnorFile, StringComparison.Ordinal))).Should().Equal(expected.Png);
    }

    [Fact]
    public void TheScatterDrawsTheDatasetsRegressionLineAcrossItsSchools()
    {
        using var connection = fixture.Region.Database.Open();
        var data = ContextScatter.Query(connection, ReadScope.Region, ReportsFixture.ExpectedYear);
        data.Line.Should().NotBeNull("the sample region has schools with both indexes");
        using var figure = ContextScatterChart.Draw(data);

        var line = figure.Plot.GetPlottables().OfType<LinePlot>().Should().ContainSingle().Subject;
        double from = data.Schools.Min(s => s.ContextIndex), to = data.Schools.Max(s => s.ContextIndex);
        line.Start.X.Should().Be(from);
        line.End.X.Should().Be(to);
        line.Start.Y.Should().Be(data.Line!.Predict([from]));
        line.End.Y.Should().Be(data.Line.Predict([to]));
    }
}
