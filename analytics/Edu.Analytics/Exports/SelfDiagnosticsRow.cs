using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Exports;

/// <summary>A school with a self-diagnostics round ≤ the as-of date: its latest round against the previous one (SPEC §12).</summary>
public sealed record SelfDiagnosticsRow(
    DateOnly RoundDate,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    SelfDiagnosticsLevel Level,
    double TotalPoints,
    DateOnly? PreviousDate,
    SelfDiagnosticsLevel? PreviousLevel,
    LevelChange? Change,
    bool InProject,
    int? Deficits) : ISchoolRow, IYearRow
{
    /// <summary>The school year of the latest round (SPEC §12: 15.11.2023 belongs to 2024): what the year filter selects.</summary>
    public int Year => Methods.SelfDiagnostics.SchoolYear(RoundDate);

    public bool BelowBasic => Level == SelfDiagnosticsLevel.BelowBasic;
}
