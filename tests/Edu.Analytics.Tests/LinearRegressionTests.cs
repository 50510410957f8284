using Edu.Analytics.Methods;

namespace Edu.Analytics.Tests;

public class LinearRegressionTests
{
    [Fact]
    public void SdcaFitMatchesClosedFormOlsWithin1e3OnStandardizedResiduals()
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

        var fit = LinearRegression.Fit(x, y, new AnalyticsOptions());
        var beta = Ols.Solve(x, y);

        var sdY = SampleStats.Of(y).Sd!.Value;
        for (var i = 0; i < x.Count; i++)
        {
            var exact = beta[0] + (beta[1] * x[i][0]) + (beta[2] * x[i][1]) + (beta[3] * x[i][2]);
            // Residuals in units of sd(y): refined SDCA works in float, so 1e-3 is the honest bound, not 1e-12.
            ((y[i] - fit.Predict(x[i])) / sdY).Should().BeApproximately((y[i] - exact) / sdY, 1e-3);
        }
    }
}
