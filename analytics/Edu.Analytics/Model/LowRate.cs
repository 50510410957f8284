namespace Edu.Analytics.Model;

/// <summary>
/// A school-year's low results over its counted procedures: <see cref="Low"/> works with «2» (ВПР, ОГЭ; from vpr-marks
/// participants × share «2» / 100) or ЕГЭ participants below the minimum, among <see cref="Participants"/>.
/// </summary>
public sealed record LowRate(int Year, string Login, double Low, int Participants)
{
    /// <summary>Σ low results / Σ participants × 100.</summary>
    public double Percent => Low * 100.0 / Participants;
}
