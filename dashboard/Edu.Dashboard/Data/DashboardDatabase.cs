using DuckDB.NET.Data;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Loading.Setup;
using Edu.Storage;
using Edu.Storage.Publishing;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Data;

/// <summary>
/// The analytics DuckDB file with the same options as the command line («Database», «Privacy», «Loader», with the
/// shorthands EDU_DB, EDU_ROOT and EDU_SALT), so the dashboard and ./edu load key participants alike. Pages, charts,
/// exports and reports read the published version (<see cref="Published"/>) and never wait for a load; only the
/// writer queue's jobs open the working file (<see cref="Database"/>), inside a writer session.
/// </summary>
public sealed class DashboardDatabase : IDisposable
{
    private readonly PrivacyOptions _privacy;
    private readonly LoaderOptions _loader;

    public DashboardDatabase(IOptions<DatabaseOptions> database, IOptions<PrivacyOptions> privacy, IOptions<LoaderOptions> loader,
        TimeProvider time, ILogger<DashboardDatabase> log)
    {
        _privacy = privacy.Value;
        _loader = loader.Value;
        Database = new Database(database.Value.FullPath, Schema);
        Published = new PublishedDatabase(Database, database.Value.WriterWait, time)
        {
            CatchUpFailed = e => log.LogError(e, "Publishing the working database for readers failed; pages keep the version they have"),
        };
    }

    /// <summary>Every part's tables: the loaded data, the analytics results and the dashboard's audit log.</summary>
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations, DashboardSchema.Migrations);

    /// <summary>The working file, for the writer queue's jobs (they enter it through <see cref="Edu.Jobs.WriterGate"/>).</summary>
    public Database Database { get; }

    /// <summary>The version readers open.</summary>
    public PublishedDatabase Published { get; }

    /// <summary>A read-only connection of its own to the current published version, for one request or job.</summary>
    public DuckDBConnection Open() => Published.Open();

    /// <summary>A read-only connection to the version a request (or cache entry) reads, so all its queries agree.</summary>
    public DuckDBConnection Open(DataVersion version) => Published.Open(version.Published);

    /// <summary>Loader settings that record <paramref name="user"/> as who loaded the files.</summary>
    public LoadSettings LoadSettings(string user) => Edu.Loading.LoadSettings.From(_privacy, _loader, Database.DataDirectory, user);

    public void Dispose() => Published.Dispose();
}

public static class DataSetup
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services) => services
        .AddSingleton<DashboardDatabase>()
        .AddSingleton<DataVersions>()
        .AddSingleton<DataCache>()
        .AddSingleton<AuditLog>()
        .AddHostedService<PublishedVersionStartup>();
}
