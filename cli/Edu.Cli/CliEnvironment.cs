using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Loading.Setup;
using Edu.Storage;
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

    /// <summary>The tables the command line writes and reads: the loaded data and the analytics results.</summary>
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations);

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
        var path = EtlEnvironment.DatabasePath(args.Option("db"), configuration["Database:Path"]);
        return new CliEnvironment(configuration, new Database(path, Schema), BindAnalytics(configuration));
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
    public static string FromRoot(string path) => EtlEnvironment.FromRoot(path);

    /// <summary>The same database, salt and limits rules as the dashboard (EtlEnvironment).</summary>
    public LoaderOptions LoaderOptions(string user) => new()
    {
        Salt = EtlEnvironment.Salt(Configuration["Privacy:Salt"], Database.DataDirectory),
        User = user,
        Limits = EtlEnvironment.Limits(Configuration.GetValue<long?>("Loader:MaxFileMegabytes")),
    };
}
