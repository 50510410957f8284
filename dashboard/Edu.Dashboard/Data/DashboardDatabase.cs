using DuckDB.NET.Data;
using Edu.Etl.Loading;
using Edu.Etl.Setup;
using Edu.Etl.Storage;

namespace Edu.Dashboard.Data;

/// <summary>
/// The analytics DuckDB file with the same rules as the command line (Database:Path, EDU_DB, EDU_ROOT;
/// the salt from Privacy:Salt, EDU_SALT or data/salt.key), so the dashboard and ./edu load key participants alike.
/// </summary>
public sealed class DashboardDatabase(IConfiguration configuration)
{
    public Database Database { get; } = new(EtlEnvironment.DatabasePath(null, configuration["Database:Path"]));

    public DuckDBConnection Open() => Database.Open();

    /// <summary>Changes with every load attempt: the key of anything cached from the data.</summary>
    public static long DataVersion(DuckDBConnection connection) => connection.Scalar<long>("SELECT coalesce(max(load_id), 0) FROM loads");

    /// <summary>Loader settings that record <paramref name="user"/> as who loaded the files.</summary>
    public LoaderOptions LoaderOptions(string user) => new()
    {
        Salt = EtlEnvironment.Salt(configuration["Privacy:Salt"], Database.DataDirectory),
        User = user,
        Limits = EtlEnvironment.Limits(configuration.GetValue<long?>("Loader:MaxFileMegabytes")),
    };
}

public static class DataSetup
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services) => services
        .AddSingleton<DashboardDatabase>()
        .AddSingleton<AuditLog>();
}
