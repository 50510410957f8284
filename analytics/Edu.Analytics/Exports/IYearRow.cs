namespace Edu.Analytics.Exports;

/// <summary>A row of one assessment year.</summary>
public interface IYearRow
{
    int Year { get; }
}
