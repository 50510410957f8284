using System.Security.Cryptography;
using System.Text;
using Edu.Loading.Reading;

namespace Edu.Loading.Setup;

/// <summary>
/// Where the database lives, which salt keys participants and how large a file may be: the rules every
/// entry point (the command line, the dashboard) must share, or the same file would be keyed differently.
/// Takes plain values so that each host reads them from its own configuration.
/// </summary>
public static class EtlEnvironment
{
    public const string DefaultDatabasePath = "data/analytics.duckdb";

    /// <summary>An explicit path wins, then EDU_DB, then the configured path relative to the repository.</summary>
    public static string DatabasePath(string? explicitPath, string? configuredPath) =>
        explicitPath ?? Environment.GetEnvironmentVariable("EDU_DB") ?? FromRoot(configuredPath ?? DefaultDatabasePath);

    /// <summary>Defaults are relative to the repository (EDU_ROOT, set by ./edu), not to where the command runs.</summary>
    public static string FromRoot(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(Environment.GetEnvironmentVariable("EDU_ROOT") ?? Directory.GetCurrentDirectory(), path);

    /// <summary>
    /// The participant-key salt: EDU_SALT or the configured one; on a machine with neither, a random salt is
    /// created once beside the database (salt.key) and reused, so keys stay stable between loads.
    /// </summary>
    public static byte[] Salt(string? configured, string dataDirectory)
    {
        configured = Environment.GetEnvironmentVariable("EDU_SALT") ?? configured;
        if (!string.IsNullOrWhiteSpace(configured)) return Encoding.UTF8.GetBytes(configured);
        var file = Path.Combine(dataDirectory, "salt.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }

    /// <summary>Reader limits with the configured largest file (Loader:MaxFileMegabytes, 200 by default).</summary>
    public static ReaderLimits Limits(long? maxFileMegabytes) =>
        ReaderLimits.Default with { MaxFileBytes = (maxFileMegabytes ?? 200) * 1024 * 1024 };
}
