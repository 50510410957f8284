using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="AnalyticsOptions"/> from «Analytics» and <see cref="ProjectOptions"/> from «Projects», and fails
    /// at start on a bad setting.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalyticsOptions>()
            .Bind(configuration.GetSection(AnalyticsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ProjectOptions>()
            .Bind(configuration.GetSection(ProjectOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
