namespace Edu.Analytics.Exports;

/// <summary>
/// A stably-high school: its mean result index over the window, its place, whether it was selected for the project,
/// and whether it is in the project's roster for that year.
/// </summary>
public sealed record StableHighRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    double MeanIndex,
    int? Rank,
    bool Selected,
    bool SelectedAsMunicipalBest,
    bool ExcludedForObjectivity,
    bool InProject) : ISchoolRow, IYearRow;
