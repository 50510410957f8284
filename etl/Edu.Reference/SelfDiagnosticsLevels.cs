namespace Edu.Reference;

/// <summary>
/// The self-diagnostics levels: one label each (what the table stores and users read), and every usual spelling a file
/// writes — «Базовый уровень», «ниже базового уровня», «Средний», in any case — matched by the one <see cref="NameMatcher"/>.
/// </summary>
public static class SelfDiagnosticsLevels
{
    public static LabelSet<SelfDiagnosticsLevel> Labels { get; } = new(
        (SelfDiagnosticsLevel.BelowBasic, "ниже базового"),
        (SelfDiagnosticsLevel.Basic, "базовый"),
        (SelfDiagnosticsLevel.Medium, "средний"),
        (SelfDiagnosticsLevel.High, "высокий"));

    // «уровень» only says what the word is; the inflected forms are how reports write a level after «на …», «до …».
    private static readonly NameMatcher Matcher = new(
        [
            (Labels.Text(SelfDiagnosticsLevel.BelowBasic), ["ниже базового", "ниже базы", "ниже базового уровень"]),
            (Labels.Text(SelfDiagnosticsLevel.Basic), ["базового", "базовом", "базовый уровень"]),
            (Labels.Text(SelfDiagnosticsLevel.Medium), ["среднего", "среднем"]),
            (Labels.Text(SelfDiagnosticsLevel.High), ["высокого", "высоком"]),
        ],
        ["уровень", "уровня", "уровне"]);

    public static SelfDiagnosticsLevel? Find(string? text) => Matcher.Find(text) is { } label ? Labels.Parse(label) : null;

    /// <summary>«ниже базового, базовый, средний, высокий»: the accepted values for a message.</summary>
    public static string Describe() => Matcher.Describe();
}
