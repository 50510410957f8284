using System.Reflection;

namespace Edu.Dashboard.Tests.Support;

/// <summary>
/// The real ./edu against a test app's database, with the app's salt. It runs from its own build folder: the test
/// folder lacks the framework assemblies a console app carries (this one's host is the web framework's).
/// </summary>
public static class EduCli
{
    private static readonly string Assembly = Path.Combine(Repository.Root, "cli", "Edu.Cli", "bin",
        typeof(EduCli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0", "linux-x64", "edu.dll");

    public static ChildProcess Start(DashboardFactory app, params string[] args) => ChildProcess.Start(
        Assembly,
        [.. args, "--db", app.Database.Path],
        new Dictionary<string, string?>
        {
            ["EDU_SALT"] = DashboardFactory.Salt,
            ["EDU_DB"] = null,
            ["EDU_ROOT"] = null,
            ["Database__Path"] = null,
        });
}
