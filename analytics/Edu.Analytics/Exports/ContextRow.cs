namespace Edu.Analytics.Exports;

/// <summary>A school with context data in a year: its ИСБШ (none with fewer than the required shares) and whether it is ШФНСУ.</summary>
public sealed record ContextRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    double? ContextIndex,
    bool IsDisadvantaged,
    double? ResultIndex,
    int SharesUsed) : ISchoolRow, IYearRow;
