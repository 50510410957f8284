namespace Edu.Analytics.Model;

/// <summary>
/// Objectivity checks of a counted ВПР school-procedure-year with individual data. Null numbers
/// mean the check could not be made (too few values), in which case its flag is false.
/// </summary>
public sealed record ObjectivityEntry(
    int Year,
    string Login,
    ProcedureKey Procedure,
    int Participants,
    double? SchoolLowerBound,
    double? RegionUpperBound,
    bool ExemptByType,
    double? OtherResultsZ,
    bool InflatedMean,
    double? Spearman,
    int SpearmanPairs,
    bool JournalMismatch,
    double? LoweredPct,
    double? ConfirmedPct,
    double? RaisedPct,
    bool MarksVsJournal)
{
    public bool Flagged => InflatedMean || JournalMismatch || MarksVsJournal;
}

/// <summary>
/// Objectivity level = 100 − % flagged among schools with at least one counted ВПР procedure with individual data;
/// <see cref="SchoolsWithData"/> counts those schools.
/// </summary>
public sealed record ObjectivityLevel(int Year, string Scope, int SchoolsWithData, int FlaggedSchools)
{
    public double Level => (SchoolsWithData - FlaggedSchools) * 100.0 / SchoolsWithData;
}
