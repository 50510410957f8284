namespace Edu.Analytics.Model;

/// <summary>
/// A ШФНСУ school of the year (or a school that is stably resilient without being ШФНСУ this year).
/// <see cref="ExcludedForObjectivity"/> says the school would be stably resilient but an objectivity
/// flag in the window removed it from the list.
/// </summary>
public sealed record ResilienceEntry(
    int Year,
    string Login,
    bool IsDisadvantaged,
    double? ContextIndex,
    double? ResultIndex,
    double? Residual,
    bool ResilientByQuartile,
    bool ResilientByValueAdded,
    bool StablyResilient,
    bool ObjectivityFlag,
    bool ExcludedForObjectivity)
{
    public bool Resilient => ResilientByQuartile || ResilientByValueAdded;
}

/// <summary>The value-added regression of one year, coefficients in the predictors' own units.</summary>
public sealed record ValueAddedModel(
    int Year,
    IReadOnlyList<string> Predictors,
    IReadOnlyList<double> Coefficients,
    double Intercept,
    int Schools,
    double RSquared);
