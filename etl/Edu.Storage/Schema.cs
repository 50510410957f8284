namespace Edu.Storage;

/// <summary>
/// The migrations a process applies when it opens the database: the union of the parts it is composed of
/// (the command line: loading and analytics; the dashboard: those and its audit log).
/// </summary>
public sealed class Schema
{
    private Schema(IReadOnlyList<Migration> migrations) => Migrations = migrations;

    public IReadOnlyList<Migration> Migrations { get; }

    public static Schema Of(params IReadOnlyList<Migration>[] parts)
    {
        var all = parts.SelectMany(p => p).DistinctBy(m => (m.Owner, m.Name)).OrderBy(m => m.Version).ToList();
        // Two parts (or two branches) can each take "the next" number; the second script would then never run.
        var clash = all.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException($"Migrations share version {clash.Key}: {string.Join(", ", clash.Select(m => $"{m.Owner}/{m.Name}"))}.");
        return new Schema(all);
    }
}
