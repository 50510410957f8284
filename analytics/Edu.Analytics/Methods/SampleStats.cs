namespace Edu.Analytics.Methods;

/// <summary>Mean and sample standard deviation (n − 1); <see cref="Sd"/> is null for fewer than two values.</summary>
public readonly record struct SampleStats(int Count, double Mean, double? Sd)
{
    public static SampleStats Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new SampleStats(0, double.NaN, null);
        }

        var mean = values.Average();
        if (values.Count < 2)
        {
            return new SampleStats(values.Count, mean, null);
        }

        var sumSquares = values.Sum(v => (v - mean) * (v - mean));
        return new SampleStats(values.Count, mean, Math.Sqrt(sumSquares / (values.Count - 1)));
    }
}
