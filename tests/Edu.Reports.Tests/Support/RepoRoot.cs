namespace Edu.Reports.Tests.Support;

/// <summary>The repository root — the folder holding Analytics.sln, found by walking up from the test assembly.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Analytics.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Folder => Root.Value;

    public static string DataSamples => System.IO.Path.Combine(Folder, "data-samples");
}
