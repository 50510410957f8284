namespace Edu.Analytics.Methods;

/// <summary>Mean and sample standard deviation (n − 1); <see cref="Sd"/> is null for fewer than two values.</summary>
public readonly record struct SampleStats(int Count, double Mean, double? Sd)
{
    /// <summary>
    /// z of <paramref name="value"/> in this population: none with fewer than two values (one school cannot be
    /// compared with anyone); 0 when every value is equal (sd = 0), since every school sits at the mean.
    /// </summary>
    public double? Z(double value) => Sd is not { } sd ? null : sd == 0 ? 0.0 : (value - Mean) / sd;

    public static SampleStats Of(IReadOnlyCollection<double> values) => Of(values is double[] array ? array : values.ToArray());

    /// <remarks>Two passes in order (sum, then squared deviations from the mean), so the figures are reproducible to the bit.</remarks>
    public static SampleStats Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return new SampleStats(0, double.NaN, null);
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        if (values.Length < 2)
        {
            return new SampleStats(values.Length, mean, null);
        }

        var sumSquares = 0.0;
        foreach (var v in values)
        {
            sumSquares += (v - mean) * (v - mean);
        }

        return new SampleStats(values.Length, mean, Math.Sqrt(sumSquares / (values.Length - 1)));
    }
}
