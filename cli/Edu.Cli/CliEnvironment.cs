using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Loading.Setup;
using Edu.Reference;
using Edu.Storage;
using Edu.Storage.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Cli;

/// <summary>
/// Configuration and the services a verb needs: the working database for the verbs that write (through one writer
/// session at a time, shared with the dashboard's jobs) and the published version for the verbs that read.
/// </summary>
internal sealed class CliEnvironment : IDisposable
{
    private readonly DatabaseOptions _database;
    private readonly PrivacyOptions _privacy;
    private readonly LoaderOptions _loader;
    private PublishedDatabase? _published;

    private CliEnvironment(DatabaseOptions database, PrivacyOptions privacy, LoaderOptions loader, AnalyticsOptions analytics, ProjectOptions projects,
        RegionOptions region)
    {
        Clock = region.Clock(TimeProvider.System);
        _database = database;
        _privacy = privacy;
        _loader = loader;
        Database = new Database(database.FullPath, Schema);
        Analytics = analytics;
        Projects = projects;
    }

    /// <summary>The tables the command line writes and reads: the loaded data and the analytics results.</summary>
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations);

    public Database Database { get; }

    /// <summary>Thresholds from the «Analytics» section, bound and validated as the other hosts do (AddAnalytics).</summary>
    public AnalyticsOptions Analytics { get; }

    /// <summary>The projects whose rosters the exports look up, from the «Projects» section (AddAnalytics).</summary>
    public ProjectOptions Projects { get; }

    /// <summary>The region's clock («Region:TimeZone»): the CLI's «today» and the times it writes are the dashboard's.</summary>
    public RegionClock Clock { get; }

    /// <summary>
    /// The published version exports and reports read: they never wait for a writer, even one in another process.
    /// </summary>
    public PublishedDatabase Published => _published ??= new PublishedDatabase(Database, _database.WriterWait, Clock);

    /// <summary>
    /// Takes the writer lock for <paramref name="purpose"/>, waiting (at most Database:WriterWait) while another writer —
    /// the dashboard's load or recompute, another ./edu — is at work, and saying on stderr whom it waits for.
    /// </summary>
    public WriterSession BeginWrite(string purpose)
    {
        var waited = false;
        var session = WriterSession.Begin(Database, purpose, _database.WriterWait, holder =>
        {
            waited = true;
            Console.Error.WriteLine($"жду, пока завершится {holder?.Describe() ?? "запись в базу данных другим процессом"}…");
        }, Clock);
        if (waited) Console.Error.WriteLine("дождался, продолжаю");
        return session;
    }

    public static CliEnvironment Create(Arguments args)
    {
        var configuration = Configure(args.Option("db"));
        using var services = new ServiceCollection().AddAnalytics(configuration).AddLoadingOptions(configuration).BuildServiceProvider();
        return new CliEnvironment(
            Bind<DatabaseOptions>(services, DatabaseOptions.Section),
            Bind<PrivacyOptions>(services, PrivacyOptions.Section),
            Bind<LoaderOptions>(services, LoaderOptions.Section),
            Bind<AnalyticsOptions>(services, AnalyticsOptions.SectionName),
            Bind<ProjectOptions>(services, ProjectOptions.SectionName),
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

    public void Dispose() => _published?.Dispose();
}
