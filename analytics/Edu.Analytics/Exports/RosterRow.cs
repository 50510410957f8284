namespace Edu.Analytics.Exports;

/// <summary>A school in a project's roster for a year, with its role and partner school (a mentor's mentee) when given.</summary>
public sealed record RosterRow(
    string Project,
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    string? Role,
    string? PartnerLogin,
    string? PartnerName) : ISchoolRow, IYearRow;
