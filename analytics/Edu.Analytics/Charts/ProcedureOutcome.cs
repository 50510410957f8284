using Edu.Analytics.Model;

namespace Edu.Analytics.Charts;

/// <summary>
/// A school-procedure-year of the latest computation: its mean (ЕГЭ: mean test score) and its marks, where it has any
/// (ЕГЭ has scores, not marks).
/// </summary>
public sealed record ProcedureOutcome(
    int Year,
    string Login,
    string Procedure,
    ProcedureKind Kind,
    int Participants,
    bool IsCounted,
    double? Mean,
    MarkDistribution? Marks)
{
    public string StatusLabel => IsCounted ? Labels.Counted : Labels.NotEnoughData;
}
