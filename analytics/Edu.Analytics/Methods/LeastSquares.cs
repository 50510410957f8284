namespace Edu.Analytics.Methods;

/// <summary>
/// Exact ordinary least squares: the normal equations ZᵀZ·b = Zᵀy of the standardized predictors Z, solved
/// by Cholesky decomposition. With a handful of predictors that is a tiny system, so the fit costs one pass
/// over the data. Standardizing first keeps the system well conditioned whatever the units (shares in
/// percent, ln of enrolment, a 0/1 flag). A predictor that is an exact linear combination of earlier ones
/// (aliased) gets coefficient 0, as R's lm reports it NA, instead of failing the model.
/// </summary>
public static class LeastSquares
{
    // A column is aliased when what it adds beyond the earlier columns is below this share of its own variance.
    private const double AliasedShare = 1e-10;

    public static LinearFit Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        var k = x[0].Length;
        var columns = new Scale[k];
        for (var j = 0; j < k; j++)
        {
            var column = new double[n];
            for (var i = 0; i < n; i++)
            {
                column[i] = x[i][j];
            }

            columns[j] = Scale.Of(column);
        }

        var target = Scale.Of(y.ToArray());
        var gram = new double[k, k];
        var moment = new double[k];
        var z = new double[k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                z[j] = columns[j].Apply(x[i][j]);
            }

            var label = target.Apply(y[i]);
            for (var r = 0; r < k; r++)
            {
                moment[r] += z[r] * label;
                for (var c = 0; c <= r; c++)
                {
                    gram[r, c] += z[r] * z[c];
                }
            }
        }

        // Centered columns make the intercept of the standardized fit exactly 0, so only the slopes are solved for.
        return LinearFit.FromStandardized(Solve(gram, moment), 0, columns, target);
    }

    /// <summary>Solves A·b = v for symmetric positive semi-definite A (lower triangle used); aliased columns get 0.</summary>
    internal static double[] Solve(double[,] a, double[] v)
    {
        var k = v.Length;
        var l = new double[k, k];
        var aliased = new bool[k];
        for (var j = 0; j < k; j++)
        {
            var d = a[j, j];
            for (var m = 0; m < j; m++)
            {
                d -= l[j, m] * l[j, m];
            }

            if (d <= AliasedShare * a[j, j] || a[j, j] <= 0)
            {
                aliased[j] = true;
                continue;
            }

            l[j, j] = Math.Sqrt(d);
            for (var r = j + 1; r < k; r++)
            {
                var s = a[r, j];
                for (var m = 0; m < j; m++)
                {
                    s -= l[r, m] * l[j, m];
                }

                l[r, j] = s / l[j, j];
            }
        }

        // L·w = v, then Lᵀ·b = w, skipping aliased columns (their L column is 0 and their coefficient 0).
        var w = new double[k];
        for (var r = 0; r < k; r++)
        {
            if (aliased[r])
            {
                continue;
            }

            var s = v[r];
            for (var m = 0; m < r; m++)
            {
                s -= l[r, m] * w[m];
            }

            w[r] = s / l[r, r];
        }

        var b = new double[k];
        for (var r = k - 1; r >= 0; r--)
        {
            if (aliased[r])
            {
                continue;
            }

            var s = w[r];
            for (var m = r + 1; m < k; m++)
            {
                s -= l[m, r] * b[m];
            }

            b[r] = s / l[r, r];
        }

        return b;
    }
}
