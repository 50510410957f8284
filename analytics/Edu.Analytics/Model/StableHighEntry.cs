namespace Edu.Analytics.Model;

/// <summary>
/// A school with result index ≥ P75 in each of the three years. Schools removed by an objectivity
/// flag stay in the list with <see cref="ExcludedForObjectivity"/> set, no rank and not selected.
/// </summary>
public sealed record StableHighEntry(
    int Year,
    string Login,
    string? Municipality,
    double MeanIndex,
    int? Rank,
    bool Selected,
    bool SelectedAsMunicipalBest,
    bool ExcludedForObjectivity);
