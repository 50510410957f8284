namespace Edu.Loading;

/// <summary>Collects a file's problems; keeps the first <see cref="Limit"/> and counts the rest.</summary>
public sealed class ProblemList
{
    public const int Limit = 1000;

    private readonly List<LoadProblem> _items = [];

    public IReadOnlyList<LoadProblem> Items => _items;

    public int Total { get; private set; }

    public bool Any => Total > 0;

    public void Add(LoadProblem problem)
    {
        Total++;
        if (_items.Count < Limit) _items.Add(problem);
    }
}
