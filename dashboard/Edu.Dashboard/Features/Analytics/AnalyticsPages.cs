using Edu.Analytics;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Features.Decisions;
using Edu.Dashboard.Features.Indicators;
using Edu.Dashboard.Features.Mentors;
using Edu.Dashboard.Features.Municipalities;
using Edu.Dashboard.Features.Objectivity;
using Edu.Dashboard.Features.Resilience;
using Edu.Dashboard.Features.SelfDiagnostics;
using Edu.Dashboard.Features.Shnor;
using Edu.Dashboard.Features.StableHigh;
using Edu.Dashboard.Features.TaskResults;
using Edu.Dashboard.Setup;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Analytics;

/// <summary>The analytics pages of SPEC §6 in one registration, so the shared setup only gains a line.</summary>
public static class AnalyticsPages
{
    public static IServiceCollection AddAnalyticsPages(this IServiceCollection services)
    {
        // Indicator statuses are computed on read with the configured thresholds (the same section the CLI reads).
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName);
        // Rosters the pages look up by name (SPEC §11); a name with nothing in it stops the dashboard at start.
        services.AddOptions<ProjectOptions>().BindConfiguration(ProjectOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddTable<IndicatorsTable>()
            .AddTable<ShnorTable>()
            .AddTable<ResilienceTable>()
            .AddTable<StableHighTable>()
            .AddTable<ObjectivityTable>()
            .AddTable<MentorsTable>()
            .AddTable<DecisionsTable>()
            .AddTable<RostersTable>()
            .AddTable<ShnorDynamicsTable>()
            .AddTable<TaskResultsTable>()
            .AddTable<SchoolStatusesTable>()
            .AddTable<SelfDiagnosticsTable>()
            .AddTable<BelowBasicTable>()
            .AddTable<SdDeficitsTable>()
            // Its «Год» is a deadline's year, not an assessment year: only the municipality carries over.
            .AddNavigationItem(new NavigationItem("Показатели", "/indicators", 40) { Carries = [TableFilters.MunicipalityKey] })
            .AddNavigationItem(new NavigationItem("ШНОР", "/shnor", 50))
            .AddNavigationItem(new NavigationItem("ШФНСУ и резильентные", "/resilience", 55))
            .AddNavigationItem(new NavigationItem("Стабильно высокие", "/stable-high", 60))
            .AddNavigationItem(new NavigationItem("Объективность", "/objectivity", 65))
            .AddNavigationItem(new NavigationItem("Наставничество", "/mentors", 70))
            .AddNavigationItem(new NavigationItem("Выполнение заданий", "/tasks", 72))
            .AddNavigationItem(new NavigationItem("Решения", "/decisions", 75))
            .AddNavigationItem(new NavigationItem("Самодиагностика", "/self-diagnostics", 78) { Carries = [TableFilters.MunicipalityKey] });
    }

    public static void MapAnalyticsCharts(this IEndpointRouteBuilder app)
    {
        app.MapIndicatorChart();
        app.MapResilienceChart();
        app.MapMarksChart();
        app.MapSchoolTrendChart();
        app.MapTaskChart();
        app.MapShnorExitChart();
        app.MapSelfDiagnosticsCharts();
    }
}
