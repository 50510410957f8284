namespace Edu.Analytics.Charts;

/// <summary>How many schools of a municipality are «ШНОР» and how many «группа риска» in a year.</summary>
public sealed record MunicipalityShnor(string Municipality, int Shnor, int RiskGroup)
{
    public int Listed => Shnor + RiskGroup;
}
