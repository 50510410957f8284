using System.Security.Cryptography;
using Edu.Analytics;
using Edu.Etl.Loading;
using Edu.Etl.Reading;
using Edu.Etl.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Cli;

/// <summary>Configuration and the services a verb needs: the database and the loader.</summary>
internal sealed class CliEnvironment
{
    private CliEnvironment(IConfiguration configuration, Database database, AnalyticsOptions analytics)
    {
        Configuration = configuration;
        Database = database;
        Analytics = analytics;
    }

    public IConfiguration Configuration { get; }

    public Database Database { get; }

    /// <summary>Thresholds from the «Analytics» section, bound and validated as the other hosts do (AddAnalytics).</summary>
    public AnalyticsOptions Analytics { get; }

    public TimeProvider Time { get; } = TimeProvider.System;

    public static CliEnvironment Create(Arguments args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var path = args.Option("db") ?? Environment.GetEnvironmentVariable("EDU_DB") ?? FromRoot(configuration["Database:Path"] ?? "data/analytics.duckdb");
        return new CliEnvironment(configuration, new Database(path), BindAnalytics(configuration));
    }

    /// <summary>Validates at start, like ValidateOnStart in a host: a bad threshold stops every verb before it touches data.</summary>
    private static AnalyticsOptions BindAnalytics(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddAnalytics(configuration).BuildServiceProvider();
        try
        {
            return services.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new UsageException("недопустимые настройки раздела «Analytics»: " + string.Join("; ", e.Failures));
        }
    }

    /// <summary>Defaults are relative to the repository (EDU_ROOT, set by ./edu), not to where the command runs.</summary>
    public static string FromRoot(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(Environment.GetEnvironmentVariable("EDU_ROOT") ?? Directory.GetCurrentDirectory(), path);

    public LoaderOptions LoaderOptions(string user) => new()
    {
        Salt = Salt(),
        User = user,
        Limits = ReaderLimits.Default with
        {
            MaxFileBytes = (Configuration.GetValue<long?>("Loader:MaxFileMegabytes") ?? 200) * 1024 * 1024,
        },
    };

    /// <summary>
    /// The participant-key salt: Privacy:Salt or EDU_SALT from configuration; on a machine with neither,
    /// a random salt is created once beside the database and reused, so keys stay stable between loads.
    /// </summary>
    private byte[] Salt()
    {
        var configured = Environment.GetEnvironmentVariable("EDU_SALT") ?? Configuration["Privacy:Salt"];
        if (!string.IsNullOrWhiteSpace(configured)) return System.Text.Encoding.UTF8.GetBytes(configured);
        var file = Path.Combine(Database.DataDirectory, "salt.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Database.DataDirectory);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
