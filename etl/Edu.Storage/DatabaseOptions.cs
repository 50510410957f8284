namespace Edu.Storage;

/// <summary>
/// Section «Database»: where the DuckDB file lives. The shorthands <c>--db</c>, <c>EDU_DB</c> and <c>EDU_ROOT</c>
/// reach it through configuration (Edu.Loading.Setup.ShorthandConfiguration), never by reading the environment here.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultPath = "data/analytics.duckdb";

    /// <summary>The DuckDB file; a relative path is relative to <see cref="Root"/>.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// The folder relative paths of the configuration are relative to (the database, the inbox and report folders, the
    /// users file): the repository, which ./edu and dashboard/run.sh pass as EDU_ROOT; without it the working directory.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>
    /// How long a writer (./edu load or compute, a load or recompute job) waits for another writer to finish before it
    /// gives up with a Russian message; readers never wait. A country-scale load can take many minutes.
    /// </summary>
    public TimeSpan WriterWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The database file as an absolute path.</summary>
    public string FullPath => Resolve(Path);

    /// <summary>A configured path made absolute against <see cref="Root"/>; an absolute path stays as it is.</summary>
    public string Resolve(string path) =>
        System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(string.IsNullOrWhiteSpace(Root) ? Directory.GetCurrentDirectory() : Root, path));

    /// <summary>Russian descriptions of what is wrong, empty when the section is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Path)) problems.Add($"{Section}:Path: путь к файлу базы данных не задан");
        if (!string.IsNullOrWhiteSpace(Root) && !System.IO.Path.IsPathRooted(Root))
            problems.Add($"{Section}:Root: ожидался абсолютный путь к папке, указано «{Root}»");
        if (WriterWait < TimeSpan.FromSeconds(1) || WriterWait > TimeSpan.FromDays(1))
            problems.Add($"{Section}:WriterWait: допустимо от 00:00:01 до 1.00:00:00, указано {WriterWait}");
        return problems;
    }
}
