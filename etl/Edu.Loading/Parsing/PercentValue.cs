namespace Edu.Loading.Parsing;

public enum PercentSource
{
    /// <summary>The file said it is a percent («45,3%» or a percent number format).</summary>
    Explicit,

    /// <summary>A bare number: a percent, unless the kind can tell the file writes fractions.</summary>
    Plain,
}

public readonly record struct PercentValue(double Value, PercentSource Source);
