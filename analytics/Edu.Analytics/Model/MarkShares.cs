namespace Edu.Analytics.Model;

/// <summary>A vpr-marks row: shares of marks «2»…«5» in percent of participants; null where the file wrote «н/д».</summary>
public sealed record MarkShares(
    int Year,
    string Login,
    ProcedureKey Procedure,
    int Participants,
    double? Share2,
    double? Share3,
    double? Share4,
    double? Share5);
