namespace Edu.Generation;

/// <summary>An ОГЭ subject with its РЦОИ code, maximum primary score and mark boundaries.</summary>
internal sealed record OgeSubject(string Code, string Name, int MaxScore, int MinFor3, int MinFor4, int MinFor5, double Share, double Difficulty, int Month, int Day)
{
    public int MarkFor(int primary) => primary >= MinFor5 ? 5 : primary >= MinFor4 ? 4 : primary >= MinFor3 ? 3 : 2;

    /// <summary>Exam days move a little from year to year, as the federal timetable does.</summary>
    public DateOnly Date(int year) => new(year, Month, Day + (year % 3));
}

/// <summary>An ЕГЭ subject: share of graduates taking it, the minimum passing test score, a typical mean.</summary>
internal sealed record EgeSubject(string Name, double Share, int Threshold, double TypicalMean);

internal static class ExamCatalog
{
    public static IReadOnlyList<OgeSubject> Oge { get; } =
    [
        new("01", "Русский язык", 33, 15, 23, 29, 0.99, -0.4, 6, 3),
        new("02", "Математика", 31, 8, 15, 22, 0.99, 0.0, 5, 24),
        new("12", "Обществознание", 37, 14, 24, 32, 0.55, -0.1, 5, 29),
        new("08", "География", 31, 12, 19, 25, 0.35, -0.2, 5, 20),
    ];

    public static IReadOnlyList<EgeSubject> Ege { get; } =
    [
        new("Русский язык", 0.99, 24, 70),
        new("Математика профильная", 0.45, 27, 56),
        new("Обществознание", 0.40, 42, 58),
        new("Физика", 0.22, 36, 55),
        new("Химия", 0.12, 36, 57),
        new("Биология", 0.18, 36, 52),
        new("История", 0.15, 32, 57),
        new("Информатика", 0.20, 40, 63),
        new("Английский язык", 0.15, 22, 70),
        new("Литература", 0.08, 32, 63),
        new("География", 0.05, 37, 60),
    ];
}
