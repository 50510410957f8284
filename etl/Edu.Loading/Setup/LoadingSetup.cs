using Edu.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Loading.Setup;

public static class LoadingSetup
{
    /// <summary>
    /// Binds «Database», «Privacy», «Loader» and «Region»; all but «Privacy» are checked at start (ValidateOnStart in a host;
    /// the command line resolves them before any verb runs), so a bad value stops the process with a Russian message
    /// before it touches data. «Privacy» has nothing to check: any salt will do, and none means salt.key.
    /// </summary>
    public static IServiceCollection AddLoadingOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>>(new ProblemsValidator<DatabaseOptions>(o => o.Problems()));
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section));
        services.AddOptions<LoaderOptions>().Bind(configuration.GetSection(LoaderOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LoaderOptions>>(new ProblemsValidator<LoaderOptions>(o => o.Problems()));
        services.AddOptions<RegionOptions>().Bind(configuration.GetSection(RegionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RegionOptions>>(new ProblemsValidator<RegionOptions>(o => o.Problems()));
        return services;
    }

    private sealed class ProblemsValidator<T>(Func<T, IReadOnlyList<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problems(options) is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
    }
}
