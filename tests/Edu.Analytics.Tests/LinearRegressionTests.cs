using Edu.Analytics.Methods;

namespace Edu.Analytics.Tests;

public class LinearRegressionTests
{
    [Theory]
    [InlineData(RegressionMethod.LeastSquares, 1e-10)]
    [InlineData(RegressionMethod.MlNetSdca, 1e-3)]
    public void FitMatchesClosedFormOlsOnStandardizedResiduals(RegressionMethod method, double tolerance)
    {
        // 40 synthetic schools, 3 correlated predictors in different units, noise from a fixed seed.
        var random = new Random(5);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var a = random.NextDouble() * 40;
            var b = (a * 0.5) + (random.NextDouble() * 20);
            var c = Math.Log(100 + (random.NextDouble() * 900));
            x.Add([a, b, c]);
            y.Add(0.3 - (0.02 * a) + (0.01 * b) + (0.2 * c) + ((random.NextDouble() - 0.5) * 0.8));
        }

        var fit = LinearRegression.Fit(x, y, new AnalyticsOptions { RegressionMethod = method });
        var beta = Ols.Solve(x, y);

        var sdY = SampleStats.Of(y).Sd!.Value;
        for (var i = 0; i < x.Count; i++)
        {
            var exact = beta[0] + (beta[1] * x[i][0]) + (beta[2] * x[i][1]) + (beta[3] * x[i][2]);
            // Residuals in units of sd(y): refined SDCA works in float, so 1e-3 is its honest bound; the exact
            // solver differs from Gaussian elimination only by rounding.
            ((y[i] - fit.Predict(x[i])) / sdY).Should().BeApproximately((y[i] - exact) / sdY, tolerance);
        }
    }

    [Fact]
    public void APredictorThatIsACombinationOfOthersGetsZeroAndTheFitOfTheRest()
    {
        // c = 2a − b exactly: the normal equations are singular; the fit must be that of a and b alone.
        var random = new Random(8);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var a = random.NextDouble() * 10;
            var b = random.NextDouble() * 5;
            x.Add([a, b, (2 * a) - b]);
            y.Add(1 + (0.5 * a) - (0.3 * b) + (random.NextDouble() - 0.5));
        }

        var fit = LeastSquares.Fit(x, y);
        var beta = Ols.Solve(x.Select(r => r[..2]).ToList(), y);

        fit.Coefficients[2].Should().Be(0);
        fit.Coefficients[0].Should().BeApproximately(beta[1], 1e-9);
        fit.Coefficients[1].Should().BeApproximately(beta[2], 1e-9);
        fit.Intercept.Should().BeApproximately(beta[0], 1e-9);
    }
}
