namespace Edu.Jobs.Tests.Support;

/// <summary>Files of the repository's data-samples folder, found by walking up to Analytics.sln.</summary>
public static class Samples
{
    public const string SchoolsRegistry = "Справочник_ОО_2025.xlsx";
    public const string Targets = "Целевые_показатели.xlsx";

    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analytics.sln"))) return System.IO.Path.Combine(dir.FullName, "data-samples");
        }
        throw new InvalidOperationException("Analytics.sln not found above the test assembly");
    });

    public static string Path(string name) => System.IO.Path.Combine(Folder.Value, name);

    /// <summary>Coverage reports (municipality × date): small, need no schools, one distinct scope each.</summary>
    public static IReadOnlyList<string> Coverage(int count) =>
        Directory.EnumerateFiles(Folder.Value, "Охват_ДО_*.xlsx").Order(StringComparer.Ordinal).Take(count).Select(f => System.IO.Path.GetFileName(f)).ToList();
}
