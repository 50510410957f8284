namespace Edu.Analytics.Model;

/// <summary>ЕГЭ results of a school in one subject; the procedure is ЕГЭ · subject · 11.</summary>
public sealed record EgeSchoolResult(
    int Year,
    string Login,
    string Subject,
    int Participants,
    double MeanScore,
    int BelowMin)
{
    public const int Grade = 11;

    public ProcedureKey Procedure => new(ProcedureKind.Ege, Subject, Grade);
}
