namespace Edu.Analytics.Exports;

/// <summary>A counted ВПР school × procedure with individual works, the three checks and the figures behind them.</summary>
public sealed record ObjectivityRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    string Procedure,
    int Participants,
    bool InflatedMean,
    bool JournalMismatch,
    double? LoweredPct,
    double? ConfirmedPct,
    double? RaisedPct,
    bool MarksVsJournal,
    bool Flagged,
    double? SchoolLowerBound,
    double? RegionUpperBound,
    double? OtherResultsZ,
    bool ExemptByType,
    double? Spearman,
    int SpearmanPairs) : ISchoolRow, IYearRow;
