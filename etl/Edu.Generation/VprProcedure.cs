namespace Edu.Generation;

/// <summary>One ВПР task column: «9.1 (2б)».</summary>
internal sealed record VprTask(string Label, int MaxScore, double Difficulty)
{
    public string Header => $"{Label} ({MaxScore}б)";
}

/// <summary>A ВПР procedure (subject × grade) with its tasks and primary-score boundaries of the marks.</summary>
internal sealed record VprProcedure(int Index, string Subject, int Grade, bool IsCore, IReadOnlyList<VprTask> Tasks)
{
    public int MaxScore => Tasks.Sum(t => t.MaxScore);

    /// <summary>Lowest primary score for «3», «4», «5»; the ФИС ОКО recommended scales sit near these fractions.</summary>
    public int MinFor3 => (int)Math.Round(MaxScore * 0.30);

    public int MinFor4 => (int)Math.Round(MaxScore * 0.56);

    public int MinFor5 => (int)Math.Round(MaxScore * 0.80);

    public string Key => $"ВПР · {Subject} · {Grade}";

    public int MarkFor(int primary) => primary >= MinFor5 ? 5 : primary >= MinFor4 ? 4 : primary >= MinFor3 ? 3 : 2;
}
