using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>
/// One task's solve rate in one group: a school (<see cref="Login"/> set), a municipality or the region. Rates in %;
/// <see cref="Lags"/> is null above school level; <see cref="Requirement"/> null for a task without a description.
/// </summary>
public sealed record TaskResultRow(
    int Year,
    string Procedure,
    TaskLevel Level,
    string? Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    int TaskNumber,
    string TaskLabel,
    string? Requirement,
    double MaxScore,
    int Works,
    double Rate,
    double RegionRate,
    bool BelowMastery,
    bool? Lags) : IYearRow
{
    /// <summary>«Наименование»: the school's name, the municipality's, or «Ленинградская область».</summary>
    public string? Name => Level switch
    {
        TaskLevel.School => SchoolName,
        TaskLevel.Municipality => Municipality,
        _ => Labels.Region,
    };

    /// <summary>Own rate − the region's, percentage points: negative when below the region.</summary>
    public double Deviation => Rate - RegionRate;

    /// <summary>The task as a reader names it: «9.1. Решать задачи на движение», or «9.1» without a description.</summary>
    public string Task => Requirement is null ? TaskLabel : $"{TaskLabel}. {Requirement}";
}
