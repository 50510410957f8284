using Edu.Analytics.Charts;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests.Charts;

/// <summary>The scatter's regression line and its ШНОР highlight.</summary>
public class ContextScatterTests
{
    [Fact]
    public void TheLineIsTheLeastSquaresFitOfResultOnContext()
    {
        // x 1, 2, 3 and y 2, 3, 5: means 2 and 10/3; Sxy = (−1)(−4/3) + 0 + (1)(5/3) = 3, Sxx = 2;
        // slope 3/2, intercept 10/3 − 3/2·2 = 1/3.
        var scatter = ContextScatter.Of(2025, [School("a", 1, 2), School("b", 2, 3), School("c", 3, 5)]);

        scatter.Line.Should().NotBeNull();
        scatter.Line!.Coefficients.Should().ContainSingle().Which.Should().BeApproximately(1.5, 1e-12);
        scatter.Line.Intercept.Should().BeApproximately(1.0 / 3, 1e-12);
        scatter.Line.Predict([3]).Should().BeApproximately(4 + (5.0 / 6), 1e-12);
    }

    [Fact]
    public void TheLineIsTheAnalyticsOwnFit()
    {
        var random = new Random(7);
        var schools = Enumerable.Range(0, 30)
            .Select(i => School($"s{i}", (random.NextDouble() * 4) - 2, (random.NextDouble() * 4) - 2))
            .ToList();

        var line = ContextScatter.Of(2025, schools).Line!;
        var fit = LeastSquares.Fit(schools.Select(s => new[] { s.ContextIndex }).ToList(), schools.Select(s => s.ResultIndex).ToList());

        line.Should().BeEquivalentTo(fit);
        var beta = Ols.Solve(schools.Select(s => new[] { s.ContextIndex }).ToList(), schools.Select(s => s.ResultIndex).ToList());
        line.Intercept.Should().BeApproximately(beta[0], 1e-12);
        line.Coefficients[0].Should().BeApproximately(beta[1], 1e-12);
    }

    [Fact]
    public void NoLineWithoutTwoDistinctContextValues()
    {
        ContextScatter.Of(2025, []).Line.Should().BeNull();
        ContextScatter.Of(2025, [School("a", 1, 2)]).Line.Should().BeNull();
        ContextScatter.Of(2025, [School("a", 1, 2), School("b", 1, 3)]).Line.Should().BeNull();
    }

    [Fact]
    public void OnlyTheStatusShnorIsHighlightedAsShnor()
    {
        School("a", 0, 0, ShnorStatus.Shnor).IsShnor.Should().BeTrue();
        School("b", 0, 0, ShnorStatus.RiskGroup).IsShnor.Should().BeFalse();
        School("c", 0, 0).IsShnor.Should().BeFalse();
    }

    private static ScatterSchool School(string login, double context, double result, ShnorStatus? shnor = null) =>
        new(login, context, result, false, false, shnor);
}
