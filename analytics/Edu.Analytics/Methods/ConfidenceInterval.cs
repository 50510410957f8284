namespace Edu.Analytics.Methods;

/// <summary>Normal-approximation interval of a mean: mean ± z·s/√m.</summary>
public static class ConfidenceInterval
{
    /// <summary>Null for fewer than two values: the sample sd (n − 1) does not exist, so neither does the interval.</summary>
    public static (double Lower, double Upper)? Of(IReadOnlyCollection<double> values, double z) => Of(SampleStats.Of(values), z);

    public static (double Lower, double Upper)? Of(SampleStats stats, double z)
    {
        if (stats.Sd is not { } sd)
        {
            return null;
        }

        var half = z * sd / Math.Sqrt(stats.Count);
        return (stats.Mean - half, stats.Mean + half);
    }
}
