namespace Edu.Analytics.Exports;

/// <summary>A ШФНСУ school (or a stably resilient one that is not ШФНСУ this year) with both resilience methods.</summary>
public sealed record ResilientRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    double? ContextIndex,
    double? ResultIndex,
    double? Residual,
    bool ResilientByQuartile,
    bool ResilientByValueAdded,
    bool StablyResilient,
    bool ObjectivityFlag,
    bool ExcludedForObjectivity,
    bool IsDisadvantaged) : ISchoolRow, IYearRow
{
    /// <summary>Resilient by at least one of the two methods.</summary>
    public bool Resilient => ResilientByQuartile || ResilientByValueAdded;
}
