namespace Edu.Generation;

/// <summary>
/// The ВПР procedures the region writes: grades 4–8, 10 and 11, with task counts and maximum
/// primary scores close to the real test specifications.
/// </summary>
internal static class VprCatalog
{
    private static readonly (string Subject, int Grade, bool Core, int Tasks, int Max, int[] Split)[] Specs =
    [
        ("Русский язык", 4, true, 15, 38, [3, 12, 13]),
        ("Математика", 4, true, 12, 20, [9]),
        ("Окружающий мир", 4, true, 10, 32, [3, 6, 10]),
        ("Русский язык", 5, true, 12, 45, [4]),
        ("Математика", 5, true, 14, 20, [9]),
        ("История", 5, false, 7, 15, []),
        ("Биология", 5, false, 10, 29, [1, 6]),
        ("География", 5, false, 8, 20, [1, 2]),
        ("Русский язык", 6, true, 14, 51, [4]),
        ("Математика", 6, true, 13, 16, []),
        ("История", 6, false, 8, 20, []),
        ("Биология", 6, false, 10, 28, [1]),
        ("География", 6, false, 10, 37, [1, 2]),
        ("Обществознание", 6, false, 8, 23, [3]),
        ("Русский язык", 7, true, 14, 47, [2]),
        ("Математика", 7, true, 16, 19, [9]),
        ("История", 7, false, 10, 23, []),
        ("Биология", 7, false, 13, 28, [1]),
        ("География", 7, false, 10, 37, [2]),
        ("Обществознание", 7, false, 9, 23, [3]),
        ("Физика", 7, false, 11, 18, []),
        ("Русский язык", 8, true, 14, 51, [4]),
        ("Математика", 8, true, 19, 25, [9]),
        ("История", 8, false, 12, 25, []),
        ("Биология", 8, false, 13, 33, [1]),
        ("География", 8, false, 12, 37, [1]),
        ("Обществознание", 8, false, 10, 25, [2]),
        ("Физика", 8, false, 11, 18, []),
        ("Химия", 8, false, 9, 36, [4]),
        ("География", 10, false, 17, 21, []),
        ("История", 11, false, 12, 21, []),
        ("Биология", 11, false, 14, 32, []),
        ("География", 11, false, 17, 21, []),
        ("Физика", 11, false, 18, 26, []),
        ("Химия", 11, false, 15, 33, []),
    ];

    public static IReadOnlyList<VprProcedure> All { get; } = Build();

    public static IEnumerable<VprProcedure> ForGrade(int grade) => All.Where(p => p.Grade == grade);

    public static VprProcedure? Find(string subject, int grade) =>
        All.FirstOrDefault(p => p.Grade == grade && string.Equals(p.Subject, subject, StringComparison.Ordinal));

    private static List<VprProcedure> Build()
    {
        var list = new List<VprProcedure>();
        foreach (var spec in Specs)
        {
            list.Add(new VprProcedure(list.Count, spec.Subject, spec.Grade, spec.Core, Tasks(spec.Tasks, spec.Max, spec.Split)));
        }

        return list;
    }

    /// <summary>
    /// Spreads the maximum score over the tasks: 1 point each, extra points going mostly to later
    /// (extended-answer) tasks; split tasks become two sub-items («9.1», «9.2»). Difficulty rises
    /// through the paper, as in the real tests.
    /// </summary>
    private static List<VprTask> Tasks(int count, int max, int[] split)
    {
        var points = Enumerable.Repeat(1, count).ToArray();
        var extra = max - count - split.Length;
        var order = Enumerable.Range(0, count).OrderByDescending(t => t + ((t * 37) % 5)).ToArray();
        for (var i = 0; extra > 0 && i < 100 * count; i++)
        {
            var task = order[i % count];
            if (points[task] < 6)
            {
                points[task]++;
                extra--;
            }
        }

        var tasks = new List<VprTask>();
        for (var i = 0; i < count; i++)
        {
            var number = i + 1;
            var difficulty = -1.3 + (2.4 * i / Math.Max(1, count - 1)) + (((number * 37) % 7) - 3) * 0.08;
            if (split.Contains(number))
            {
                tasks.Add(new VprTask($"{number}.1", 1, difficulty - 0.2));
                tasks.Add(new VprTask($"{number}.2", points[i], difficulty + 0.2));
            }
            else
            {
                tasks.Add(new VprTask($"{number}", points[i], difficulty));
            }
        }

        return tasks;
    }
}
