namespace Edu.Loading.Tests.Support;

/// <summary>
/// Files the tests read in place: committed fixtures (copied beside the test assembly) and the real
/// public files in ../shared/realdata, which sits beside the repository root, not inside it.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Analytics.sln, found by walking up from the test assembly.</summary>
    public static string Root => RootPath.Value;

    public static string RealData(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", "realdata", .. parts]));

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Analytics.sln not found above {AppContext.BaseDirectory}");
    }
}
