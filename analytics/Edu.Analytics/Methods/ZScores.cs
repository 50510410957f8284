namespace Edu.Analytics.Methods;

/// <summary>z = (x − mean) / sample sd over the given population.</summary>
public static class ZScores
{
    /// <summary>
    /// With fewer than two values no z-score exists (empty result): one school cannot be compared with
    /// anyone. When every value is equal (sd = 0) every school sits at the mean and gets 0.
    /// </summary>
    public static Dictionary<TKey, double> Compute<TKey>(IReadOnlyDictionary<TKey, double> values)
        where TKey : notnull
    {
        var stats = SampleStats.Of(values.Values.ToArray());
        if (stats.Sd is not { } sd)
        {
            return [];
        }

        return values.ToDictionary(kv => kv.Key, kv => sd == 0 ? 0.0 : (kv.Value - stats.Mean) / sd);
    }
}
