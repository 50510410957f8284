namespace Edu.Analytics.Model;

/// <summary>The Russian words users see for the analytics' codes, kept in one place.</summary>
public static class Labels
{
    public const string Region = "Ленинградская область";
    public const string NotEnoughData = "недостаточно данных";
    public const string Counted = "учтено";

    public static string Kind(ProcedureKind kind) => kind switch
    {
        ProcedureKind.Vpr => "ВПР",
        ProcedureKind.Oge => "ОГЭ",
        ProcedureKind.Ege => "ЕГЭ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Procedure(ProcedureKey key) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind(key.Kind)} · {key.Subject} · {key.Grade}");

    public static string Status(ShnorStatus status) => status switch
    {
        ShnorStatus.Shnor => "ШНОР",
        ShnorStatus.RiskGroup => "группа риска",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Match(MentorMatch match) => match switch
    {
        MentorMatch.Municipality => "муниципалитет",
        MentorMatch.District => "округ",
        MentorMatch.NotFound => "не найден",
        _ => throw new ArgumentOutOfRangeException(nameof(match)),
    };

    public static string Status(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "достигнут",
        AttainmentStatus.NotAchieved => "не достигнут",
        AttainmentStatus.OnTrack => "в срок",
        AttainmentStatus.AtRisk => "риск",
        AttainmentStatus.NoData => "нет данных",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Condition(TargetCondition condition) => condition switch
    {
        TargetCondition.AtLeast => "не менее",
        TargetCondition.AtMost => "не более",
        _ => throw new ArgumentOutOfRangeException(nameof(condition)),
    };
}
