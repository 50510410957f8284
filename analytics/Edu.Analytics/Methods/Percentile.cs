namespace Edu.Analytics.Methods;

/// <summary>Excel's PERCENTILE.INC (numpy's default "linear" method).</summary>
public static class Percentile
{
    public static double Inc(IEnumerable<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("PERCENTILE.INC needs at least one value.", nameof(values));
        }

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        // Written as a + f·(b − a) so that a tie (a == b) returns a exactly and inclusive comparisons hold.
        return sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }
}
