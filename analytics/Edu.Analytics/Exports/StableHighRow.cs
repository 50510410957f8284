namespace Edu.Analytics.Exports;

/// <summary>A stably-high school: its mean result index over the window, its place, and whether it was selected for the project.</summary>
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
    bool ExcludedForObjectivity) : ISchoolRow, IYearRow;
