using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Edu.Analytics.Methods;

/// <summary>Least-squares fit of y on x, coefficients in the original units of x and y.</summary>
public sealed record LinearFit(IReadOnlyList<double> Coefficients, double Intercept)
{
    public double Predict(IReadOnlyList<double> x) => Intercept + Coefficients.Select((c, i) => c * x[i]).Sum();
}

/// <summary>
/// Linear least squares through ML.NET. The exact OLS trainer is not available to us and SDCA with a
/// vanishing L2 penalty converges far too slowly on a few dozen schools, so SDCA runs with a small
/// penalty on standardized data and is refined: each round fits the current residuals and adds the fit.
/// A fixed point has Xᵀ(y − Xβ) = 0, the OLS normal equations; each round shrinks the distance to it by
/// about λ / (λ + smallest eigenvalue of the predictors' correlation matrix).
/// </summary>
public static class LinearRegression
{
    // SDCA stops on a duality gap; far below the tolerance we promise on residuals.
    private const float ConvergenceTolerance = 1e-7f;

    public static LinearFit Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, AnalyticsOptions options)
    {
        var k = x[0].Length;
        var columns = Enumerable.Range(0, k).Select(j => Scale.Of(x.Select(r => r[j]).ToArray())).ToArray();
        var target = Scale.Of(y.ToArray());
        var features = x.Select(r => r.Select((v, j) => (float)columns[j].Apply(v)).ToArray()).ToArray();
        var labels = y.Select(target.Apply).ToArray();

        var ml = new MLContext(options.RegressionSeed);
        var schema = SchemaDefinition.Create(typeof(RegressionRow));
        schema[nameof(RegressionRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, k);

        var weights = new double[k];
        var bias = 0.0;
        for (var round = 0; round < options.RegressionRefinements; round++)
        {
            var rows = features.Select((f, i) => new RegressionRow
            {
                Label = (float)(labels[i] - bias - Dot(weights, f)),
                Features = f,
            }).ToList();
            var step = Train(ml, ml.Data.LoadFromEnumerable(rows, schema), options);
            var stepWeights = step.Weights.ToArray();
            for (var j = 0; j < k; j++)
            {
                weights[j] += stepWeights[j];
            }

            bias += step.Bias;
        }

        var coefficients = Enumerable.Range(0, k).Select(j => weights[j] * target.Sd / columns[j].Sd).ToArray();
        var intercept = target.Mean + (bias * target.Sd) - coefficients.Select((c, j) => c * columns[j].Mean).Sum();
        return new LinearFit(coefficients, intercept);
    }

    private static LinearRegressionModelParameters Train(MLContext ml, IDataView data, AnalyticsOptions options) =>
        ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = nameof(RegressionRow.Label),
            FeatureColumnName = nameof(RegressionRow.Features),
            L2Regularization = (float)options.RegressionL2,
            L1Regularization = 0,
            MaximumNumberOfIterations = options.RegressionMaxIterations,
            ConvergenceTolerance = ConvergenceTolerance,
            NumberOfThreads = 1,
        }).Fit(data).Model;

    private static double Dot(double[] weights, float[] features) => weights.Select((w, j) => w * features[j]).Sum();

    private readonly record struct Scale(double Mean, double Sd)
    {
        public static Scale Of(double[] values)
        {
            var stats = SampleStats.Of(values);
            var sd = stats.Sd is > 0 ? stats.Sd.Value : 1.0;
            return new Scale(stats.Mean, sd);
        }

        public double Apply(double value) => (value - Mean) / Sd;
    }
}

internal sealed class RegressionRow
{
    public float Label { get; set; }

    public float[] Features { get; set; } = [];
}
