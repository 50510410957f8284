using Edu.Reference;

namespace Edu.Analytics.Model;

/// <summary>The Russian words users see for the analytics' codes, kept in one place.</summary>
public static class Labels
{
    public const string Region = "Ленинградская область";
    public const string NotEnoughData = "недостаточно данных";
    public const string Counted = "учтено";

    public static LabelSet<ProcedureKind> ProcedureKinds { get; } = new(
        (ProcedureKind.Vpr, "ВПР"),
        (ProcedureKind.Oge, "ОГЭ"),
        (ProcedureKind.Ege, "ЕГЭ"));

    public static string Kind(ProcedureKind kind) => ProcedureKinds.Text(kind);

    public static string Procedure(ProcedureKey key) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind(key.Kind)} · {key.Subject} · {key.Grade}");

    public static LabelSet<ShnorStatus> ShnorStatuses { get; } = new(
        (ShnorStatus.Shnor, "ШНОР"),
        (ShnorStatus.RiskGroup, "группа риска"));

    public static LabelSet<ShnorChange> ShnorChanges { get; } = new(
        (ShnorChange.Left, "вышла из ШНОР"),
        (ShnorChange.Entered, "вошла в ШНОР"),
        (ShnorChange.Stays, "остаётся в ШНОР"),
        (ShnorChange.Outside, "вне ШНОР"),
        (ShnorChange.NoData, "нет данных"));

    public static LabelSet<TaskLevel> TaskLevels { get; } = new(
        (TaskLevel.School, "ОО"),
        (TaskLevel.Municipality, "муниципалитет"),
        (TaskLevel.Region, "регион"));

    public static LabelSet<MentorMatch> MentorMatches { get; } = new(
        (MentorMatch.Municipality, "муниципалитет"),
        (MentorMatch.District, "округ"),
        (MentorMatch.NotFound, "не найден"));

    public static LabelSet<AttainmentStatus> AttainmentStatuses { get; } = new(
        (AttainmentStatus.Achieved, "достигнут"),
        (AttainmentStatus.NotAchieved, "не достигнут"),
        (AttainmentStatus.OnTrack, "в срок"),
        (AttainmentStatus.AtRisk, "риск"),
        (AttainmentStatus.NoData, "нет данных"));

    public static LabelSet<TargetCondition> Conditions { get; } = new(
        (TargetCondition.AtLeast, "не менее"),
        (TargetCondition.AtMost, "не более"));

    public static LabelSet<ExecutionStatus> ExecutionStatuses { get; } = new(
        (ExecutionStatus.Done, "исполнено"),
        (ExecutionStatus.Overdue, "просрочено"),
        (ExecutionStatus.InProgress, "на исполнении"),
        (ExecutionStatus.Recurring, "постоянно"),
        (ExecutionStatus.NoDeadline, "срок не указан"));

    /// <summary>The self-diagnostics levels (SPEC §12), lowest first; defined with their spellings in Edu.Reference, where the loader matches them.</summary>
    public static LabelSet<SelfDiagnosticsLevel> SdLevels => SelfDiagnosticsLevels.Labels;

    public static LabelSet<LevelChange> LevelChanges { get; } = new(
        (LevelChange.Rose, "повысился"),
        (LevelChange.Kept, "сохранился"),
        (LevelChange.Fell, "понизился"));

    public static string Status(ShnorStatus status) => ShnorStatuses.Text(status);

    public static string Match(MentorMatch match) => MentorMatches.Text(match);

    public static string Status(AttainmentStatus status) => AttainmentStatuses.Text(status);

    public static string Condition(TargetCondition condition) => Conditions.Text(condition);
}
