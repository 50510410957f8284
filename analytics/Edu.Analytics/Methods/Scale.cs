namespace Edu.Analytics.Methods;

/// <summary>Standardization of one column: (value − mean) / sd, with sd 1 for a constant column.</summary>
internal readonly record struct Scale(double Mean, double Sd)
{
    public static Scale Of(double[] values)
    {
        var stats = SampleStats.Of(values);
        var sd = stats.Sd is > 0 ? stats.Sd.Value : 1.0;
        return new Scale(stats.Mean, sd);
    }

    public double Apply(double value) => (value - Mean) / Sd;
}
