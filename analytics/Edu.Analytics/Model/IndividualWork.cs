namespace Edu.Analytics.Model;

/// <summary>One participant's work: a ВПР individual result or an ОГЭ protocol row.</summary>
public sealed record IndividualWork(
    int Year,
    string Login,
    ProcedureKey Procedure,
    double? PrimaryScore,
    int? Mark,
    int? JournalMark);
