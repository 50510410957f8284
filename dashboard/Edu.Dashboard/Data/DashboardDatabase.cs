using DuckDB.NET.Data;
using Edu.Analytics.Storage;
using Edu.Dashboard.Setup;
using Edu.Loading;
using Edu.Loading.Setup;
using Edu.Storage;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Data;

/// <summary>
/// The analytics DuckDB file with the same options as the command line («Database», «Privacy», «Loader», with the
/// shorthands EDU_DB, EDU_ROOT and EDU_SALT), so the dashboard and ./edu load key participants alike.
/// </summary>
public sealed class DashboardDatabase : IDisposable
{
    private readonly PrivacyOptions _privacy;
    private readonly LoaderOptions _loader;
    private readonly DatabaseKeepAlive? _keepAlive;

    public DashboardDatabase(IOptions<DatabaseOptions> database, IOptions<PrivacyOptions> privacy, IOptions<LoaderOptions> loader,
        IOptions<DashboardOptions> options, TimeProvider time)
    {
        _privacy = privacy.Value;
        _loader = loader.Value;
        Database = new Database(database.Value.FullPath, Schema);
        var keep = options.Value.KeepDatabaseOpen;
        if (keep > TimeSpan.Zero) _keepAlive = new DatabaseKeepAlive(Database, keep, time);
    }

    /// <summary>Every part's tables: the loaded data, the analytics results and the dashboard's audit log.</summary>
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations, DashboardSchema.Migrations);

    public Database Database { get; }

    /// <summary>A connection of its own for one request or job; cheap while the file is kept open.</summary>
    public DuckDBConnection Open()
    {
        if (_keepAlive is null) return Database.Open();
        // The kept connection has brought the schema up to date; a plain connection joins its instance.
        _keepAlive.Touch();
        var connection = new DuckDBConnection(Database.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>True while the file is held open between requests.</summary>
    public bool IsHeldOpen => _keepAlive?.IsHeld == true;

    /// <summary>Loader settings that record <paramref name="user"/> as who loaded the files.</summary>
    public LoadSettings LoadSettings(string user) => Edu.Loading.LoadSettings.From(_privacy, _loader, Database.DataDirectory, user);

    public void Dispose() => _keepAlive?.Dispose();
}

public static class DataSetup
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services) => services
        .AddSingleton<DashboardDatabase>()
        .AddSingleton<DataVersions>()
        .AddSingleton<DataCache>()
        .AddSingleton<AuditLog>();
}
