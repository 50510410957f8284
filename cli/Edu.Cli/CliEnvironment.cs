using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Loading.Setup;
using Edu.Reference;
using Edu.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Cli;

/// <summary>Configuration and the services a verb needs: the database and the loader.</summary>
internal sealed class CliEnvironment
{
    private readonly DatabaseOptions _database;
    private readonly PrivacyOptions _privacy;
    private readonly LoaderOptions _loader;

    private CliEnvironment(DatabaseOptions database, PrivacyOptions privacy, LoaderOptions loader, AnalyticsOptions analytics, RegionOptions region)
    {
        Clock = region.Clock(TimeProvider.System);
        _database = database;
        _privacy = privacy;
        _loader = loader;
        Database = new Database(database.FullPath, Schema);
        Analytics = analytics;
    }

    /// <summary>The tables the command line writes and reads: the loaded data and the analytics results.</summary>
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations);

    public Database Database { get; }

    /// <summary>Thresholds from the «Analytics» section, bound and validated as the other hosts do (AddAnalytics).</summary>
    public AnalyticsOptions Analytics { get; }

    /// <summary>The region's clock («Region:TimeZone»): the CLI's «today» and the times it writes are the dashboard's.</summary>
    public RegionClock Clock { get; }

    public static CliEnvironment Create(Arguments args)
    {
        var configuration = Configure(args.Option("db"));
        using var services = new ServiceCollection().AddAnalytics(configuration).AddLoadingOptions(configuration).BuildServiceProvider();
        return new CliEnvironment(
            Bind<DatabaseOptions>(services, DatabaseOptions.Section),
            Bind<PrivacyOptions>(services, PrivacyOptions.Section),
            Bind<LoaderOptions>(services, LoaderOptions.Section),
            Bind<AnalyticsOptions>(services, AnalyticsOptions.SectionName),
            Bind<RegionOptions>(services, RegionOptions.Section));
    }

    /// <summary>appsettings.json, then environment variables (Section__Key), then the shorthands EDU_ROOT, EDU_DB, EDU_SALT and --db.</summary>
    private static IConfigurationRoot Configure(string? databaseArgument) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddShorthands(databaseArgument)
            .Build();

    /// <summary>Validates at start, like ValidateOnStart in a host: a bad setting stops every verb before it touches data.</summary>
    private static T Bind<T>(IServiceProvider services, string section)
        where T : class
    {
        try
        {
            return services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new UsageException($"недопустимые настройки раздела «{section}»: " + string.Join("; ", e.Failures));
        }
        catch (InvalidOperationException e)
        {
            // The binder's own complaint, e.g. text where a number belongs; it names the key.
            throw new UsageException($"настройки раздела «{section}» не прочитаны: {e.Message}");
        }
    }

    /// <summary>A path of the configuration's world (e.g. data-samples) relative to the repository (EDU_ROOT), not to where the command runs.</summary>
    public string FromRoot(string path) => _database.Resolve(path);

    /// <summary>The same salt and limits rules as the dashboard (<see cref="LoadSettings.From"/>).</summary>
    public LoadSettings LoadSettings(string user) => Edu.Loading.LoadSettings.From(_privacy, _loader, Database.DataDirectory, user);
}
