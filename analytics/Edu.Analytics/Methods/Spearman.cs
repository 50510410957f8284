namespace Edu.Analytics.Methods;

/// <summary>Spearman rank correlation: Pearson correlation of average ranks (ties share their mean rank).</summary>
/// <remarks>
/// Objectivity computes one per school-procedure-year: at country scale half a million, over 12 million works, so it
/// passes one <see cref="Workspace"/> to all of them: allocating the working arrays per call was 1.3 GB of garbage.
/// </remarks>
public static class Spearman
{
    /// <summary>Null when either side has no variation (every value tied), where the correlation is undefined.</summary>
    public static double? Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Count, y.Count);
        return Correlation(x.ToArray(), y.ToArray());
    }

    public static double? Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Correlation(x, y, new Workspace(x.Length));

    /// <summary>As <see cref="Correlation(ReadOnlySpan{double}, ReadOnlySpan{double})"/>, in the given working arrays.</summary>
    public static double? Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Workspace workspace)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, y.Length);
        var rx = workspace.RanksX.AsSpan(0, x.Length);
        var ry = workspace.RanksY.AsSpan(0, y.Length);
        AverageRanks(x, rx, workspace);
        AverageRanks(y, ry, workspace);
        return Pearson(rx, ry);
    }

    public static double[] AverageRanks(IReadOnlyList<double> values) => AverageRanks(values.ToArray());

    public static double[] AverageRanks(ReadOnlySpan<double> values)
    {
        var ranks = new double[values.Length];
        AverageRanks(values, ranks, new Workspace(values.Length));
        return ranks;
    }

    /// <summary>Writes the average rank of each of <paramref name="values"/> into <paramref name="ranks"/>, position by position.</summary>
    private static void AverageRanks(ReadOnlySpan<double> values, Span<double> ranks, Workspace workspace)
    {
        // Sorting values with their positions; equal values get one average rank, so the sort need not be stable.
        var sorted = workspace.Sorted.AsSpan(0, values.Length);
        var order = workspace.Order.AsSpan(0, values.Length);
        values.CopyTo(sorted);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        sorted.Sort(order);
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
    }

    private static double? Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
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

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>Working arrays for correlations of up to <paramref name="capacity"/> pairs, reused from call to call.</summary>
    public sealed class Workspace(int capacity)
    {
        internal double[] Sorted { get; } = new double[capacity];

        internal int[] Order { get; } = new int[capacity];

        internal double[] RanksX { get; } = new double[capacity];

        internal double[] RanksY { get; } = new double[capacity];
    }
}
