using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>A «ШНОР» school and its mentor (none when «не найден»), with how the mentor was found.</summary>
public sealed record MentorRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    string? MentorLogin,
    string? MentorName,
    string? MentorMunicipality,
    MentorMatch Match) : ISchoolRow, IYearRow;
