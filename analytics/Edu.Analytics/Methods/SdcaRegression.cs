using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Edu.Analytics.Methods;

/// <summary>
/// Linear least squares through ML.NET. The exact OLS trainer is not available to us, so SDCA runs with a
/// small L2 penalty λ on standardized data and is refined: each round fits the current residuals and adds
/// the fit. A fixed point has Xᵀ(y − Xβ) = 0, the OLS normal equations; a round shrinks the distance to it
/// by about λ / (λ + eigenvalue of the predictors' correlation matrix) in each direction. SDCA needs about
/// 1 + R²/(λn) epochs per digit of accuracy, so λ = c/n keeps that cost the same whatever the sample size.
/// </summary>
public static class SdcaRegression
{
    // SDCA stops on a relative duality gap; reachable in float and far below the accuracy we promise.
    private const float ConvergenceTolerance = 1e-6f;

    // Refinement stops once a round lowers the residual sum of squares by less than this share of the total.
    private const double NegligibleGain = 1e-9;

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

        var lambda = (float)(options.RegressionPenaltyTimesSchools / x.Count);
        var weights = new double[k];
        var bias = 0.0;
        var rss = labels.Sum(l => l * l);
        var total = rss;
        for (var round = 0; round < options.RegressionMaxRefinements; round++)
        {
            var rows = features.Select((f, i) => new RegressionRow
            {
                Label = (float)(labels[i] - bias - Dot(weights, f)),
                Features = f,
            }).ToList();
            var step = Train(ml, ml.Data.LoadFromEnumerable(rows, schema), lambda, options);
            var stepWeights = step.Weights.ToArray();
            var candidate = weights.Select((w, j) => w + stepWeights[j]).ToArray();
            var candidateBias = bias + step.Bias;
            var candidateRss = features.Select((f, i) => Math.Pow(labels[i] - candidateBias - Dot(candidate, f), 2)).Sum();

            // Once SDCA's float noise outweighs the progress, a round no longer lowers the RSS: keep the best.
            if (candidateRss > rss - (NegligibleGain * total))
            {
                if (candidateRss < rss)
                {
                    (weights, bias) = (candidate, candidateBias);
                }

                break;
            }

            (weights, bias, rss) = (candidate, candidateBias, candidateRss);
        }

        return LinearFit.FromStandardized(weights, bias, columns, target);
    }

    private static LinearRegressionModelParameters Train(MLContext ml, IDataView data, float lambda, AnalyticsOptions options) =>
        ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = nameof(RegressionRow.Label),
            FeatureColumnName = nameof(RegressionRow.Features),
            L2Regularization = lambda,
            L1Regularization = 0,
            MaximumNumberOfIterations = options.RegressionMaxIterations,
            ConvergenceTolerance = ConvergenceTolerance,
            NumberOfThreads = 1,
        }).Fit(data).Model;

    private static double Dot(double[] weights, float[] features) => weights.Select((w, j) => w * features[j]).Sum();
}

internal sealed class RegressionRow
{
    public float Label { get; set; }

    public float[] Features { get; set; } = [];
}
