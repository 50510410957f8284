namespace Edu.Analytics.Methods;

/// <summary>Spearman rank correlation: Pearson correlation of average ranks (ties share their mean rank).</summary>
public static class Spearman
{
    /// <summary>Null when either side has no variation (every value tied), where the correlation is undefined.</summary>
    public static double? Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Count, y.Count);
        return Correlation(x.ToArray(), y.ToArray());
    }

    public static double? Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, y.Length);
        return Pearson(AverageRanks(x), AverageRanks(y));
    }

    public static double[] AverageRanks(IReadOnlyList<double> values) => AverageRanks(values.ToArray());

    public static double[] AverageRanks(ReadOnlySpan<double> values)
    {
        // Sorting values with their positions; equal values get one average rank, so the sort need not be stable.
        var sorted = values.ToArray();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            // Positions start..end (0-based) hold equal values; each gets the mean of ranks start+1..end+1.
            var rank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double? Pearson(double[] x, double[] y)
    {
        var mx = Mean(x);
        var my = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
        }

        foreach (var v in x)
        {
            sxx += (v - mx) * (v - mx);
        }

        foreach (var v in y)
        {
            syy += (v - my) * (v - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : null;
    }

    private static double Mean(double[] values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
