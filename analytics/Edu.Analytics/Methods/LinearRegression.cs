namespace Edu.Analytics.Methods;

/// <summary>Least-squares fit of y on x, coefficients in the original units of x and y.</summary>
public sealed record LinearFit(IReadOnlyList<double> Coefficients, double Intercept)
{
    public double Predict(IReadOnlyList<double> x) => Intercept + Coefficients.Select((c, i) => c * x[i]).Sum();

    /// <summary>A fit found on standardized predictors and target, brought back to their original units.</summary>
    internal static LinearFit FromStandardized(IReadOnlyList<double> slopes, double intercept, IReadOnlyList<Scale> predictors, Scale target)
    {
        var coefficients = new double[slopes.Count];
        var original = target.Mean + (intercept * target.Sd);
        for (var j = 0; j < coefficients.Length; j++)
        {
            coefficients[j] = slopes[j] * target.Sd / predictors[j].Sd;
            original -= coefficients[j] * predictors[j].Mean;
        }

        return new LinearFit(coefficients, original);
    }
}

/// <summary>How the value-added model's least-squares line is found (SPEC §4).</summary>
public enum RegressionMethod
{
    /// <summary>Exact: the normal equations solved directly (<see cref="LeastSquares"/>).</summary>
    LeastSquares,

    /// <summary>ML.NET's SDCA trainer refined towards the normal equations (<see cref="SdcaRegression"/>); minutes at country scale.</summary>
    MlNetSdca,
}

/// <summary>Linear least squares of y on x by the configured <see cref="RegressionMethod"/>.</summary>
public static class LinearRegression
{
    public static LinearFit Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, AnalyticsOptions options) =>
        options.RegressionMethod == RegressionMethod.MlNetSdca ? SdcaRegression.Fit(x, y, options) : LeastSquares.Fit(x, y);
}
