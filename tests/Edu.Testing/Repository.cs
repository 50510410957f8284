namespace Edu.Testing;

/// <summary>The repository the tests were built from (the folder holding Analytics.sln): its scripts, samples and build folders.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Analytics.sln not found above the test assembly");
    }
}
