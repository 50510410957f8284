namespace Edu.Analytics.Model;

public enum TaskLevel
{
    School,
    Municipality,
    Region,
}

/// <summary>
/// One task's solve rate (%) in one group of works: a counted school, a municipality (all its works) or the region
/// (all works). <see cref="Lags"/> is the school's «отставание» from the region; null above school level.
/// </summary>
public sealed record TaskResult(
    TaskLevel Level,
    string? Login,
    string? Municipality,
    ProcedureTask Task,
    int Works,
    double Rate,
    double RegionRate,
    bool BelowMastery,
    bool? Lags)
{
    public int Year => Task.Year;

    public ProcedureKey Procedure => Task.Procedure;

    /// <summary>Own rate − the region's, in percentage points: negative when below the region.</summary>
    public double Deviation => Rate - RegionRate;
}
