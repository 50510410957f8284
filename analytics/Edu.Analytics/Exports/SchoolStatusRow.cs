using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>
/// A school in a year with every status the analytics give it, side by side: what a municipality's page lists for its
/// schools. A school without results that year has a row of «нет».
/// </summary>
public sealed record SchoolStatusRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    ShnorStatus? Shnor,
    bool Disadvantaged,
    double? ContextIndex,
    double? ResultIndex,
    bool Resilient,
    bool StablyResilient,
    bool StablyHigh,
    bool Selected,
    bool Flagged,
    string? MentorLogin,
    int Mentees) : ISchoolRow, IYearRow;
