using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Tests.Support;
using Edu.Reports.Charts;

namespace Edu.Dashboard.Tests;

/// <summary>
/// The chart endpoints serve the charts' one definitions (in Edu.Reports, shared with the monthly report) drawn from
/// the analytics' datasets with the user's scope: the same dataset gives the same image.
/// </summary>
[Collection(SampleRegionCollection.Name)]
public sealed class ChartDefinitionTests(SampleRegion region)
{
    [Theory]
    [InlineData("analyst", null)]
    [InlineData("luga", "Лужский район")]
    public async Task The_scatter_is_the_definition_drawn_from_the_scoped_dataset(string user, string? municipality)
    {
        var served = await (await region.App.SignedIn(user)).GetByteArrayAsync(ResilienceChartEndpoint.Url(2025, null, null));

        using var connection = region.App.Database.Open();
        var expected = DashboardPng.Of(ContextScatterChart.Draw(ContextScatter.Query(connection, new ReadScope(municipality), 2025)));
        served.Should().Equal(expected);
    }

    [Fact]
    public async Task The_marks_chart_is_the_definition_drawn_from_the_scoped_dataset()
    {
        var served = await (await region.App.SignedIn("luga")).GetByteArrayAsync(MarksChartEndpoint.Url(2025, null, null));

        using var connection = region.App.Database.Open();
        var expected = DashboardPng.Of(MarksChart.Draw(MarksDistribution.Query(connection, UserScope.Of("Лужский район").ReadScope, 2025, null, null), 2025, "Лужский район"));
        served.Should().Equal(expected);
    }

    [Fact]
    public async Task The_schools_chart_is_the_definition_drawn_from_the_scoped_dataset()
    {
        var served = await (await region.App.SignedIn("luga")).GetByteArrayAsync(ChartEndpoints.SchoolsPath);

        using var connection = region.App.Database.Open();
        served.Should().Equal(DashboardPng.Of(SchoolsChart.Draw(SchoolsByMunicipality.Query(connection, new ReadScope("Лужский район")))));
    }
}
