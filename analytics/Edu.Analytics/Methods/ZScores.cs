namespace Edu.Analytics.Methods;

/// <summary>z = (x − mean) / sample sd over the given population.</summary>
public static class ZScores
{
    /// <summary>Empty with fewer than two values; see <see cref="SampleStats.Z"/> for the rule.</summary>
    public static Dictionary<TKey, double> Compute<TKey>(IReadOnlyDictionary<TKey, double> values)
        where TKey : notnull
    {
        var stats = SampleStats.Of(values.Values.ToArray());
        return stats.Sd is null ? [] : values.ToDictionary(kv => kv.Key, kv => stats.Z(kv.Value)!.Value);
    }
}
