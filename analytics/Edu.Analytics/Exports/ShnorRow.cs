using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>A school listed as «ШНОР» or «группа риска» in a year, with the grounds and procedures behind it.</summary>
public sealed record ShnorRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    ShnorStatus Status,
    bool GroundA,
    bool GroundB,
    string Procedures,
    int YearsListed) : ISchoolRow, IYearRow;
