namespace Edu.Analytics.Tests;

/// <summary>Exact OLS for the tests: the normal equations (XᵀX)β = Xᵀy solved by Gaussian elimination.</summary>
internal static class Ols
{
    public static double[] Solve(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var k = x[0].Length + 1;
        var a = new double[k, k + 1];
        for (var i = 0; i < x.Count; i++)
        {
            double[] row = [1.0, .. x[i]];
            for (var r = 0; r < k; r++)
            {
                for (var c = 0; c < k; c++)
                {
                    a[r, c] += row[r] * row[c];
                }

                a[r, k] += row[r] * y[i];
            }
        }

        for (var p = 0; p < k; p++)
        {
            var pivot = Enumerable.Range(p, k - p).MaxBy(r => Math.Abs(a[r, p]));
            for (var c = 0; c <= k; c++)
            {
                (a[p, c], a[pivot, c]) = (a[pivot, c], a[p, c]);
            }

            for (var r = 0; r < k; r++)
            {
                if (r == p)
                {
                    continue;
                }

                var f = a[r, p] / a[p, p];
                for (var c = p; c <= k; c++)
                {
                    a[r, c] -= f * a[p, c];
                }
            }
        }

        // β[0] is the intercept.
        return Enumerable.Range(0, k).Select(r => a[r, k] / a[r, r]).ToArray();
    }
}
