using System.Text.Encodings.Web;
using System.Text.Unicode;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Features.Loads;
using Edu.Dashboard.Features.Reports;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Edu.Loading.Setup;
using Edu.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Setup;

/// <summary>The dashboard's one registration extension and its request pipeline.</summary>
public static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // Last, as the command line does after its environment variables: EDU_DB wins over Database__Path.
        builder.Configuration.AddShorthands();
        // Read now, before the services exist: the users file is itself configuration, and the keys live beside the data.
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var usersFile = builder.Configuration[$"{DashboardOptions.Section}:{nameof(DashboardOptions.UsersFile)}"];
        // Relative to the repository, like the database.
        if (!string.IsNullOrWhiteSpace(usersFile)) builder.Configuration.AddJsonFile(database.Resolve(usersFile), optional: false);

        var services = builder.Services;
        services.AddLoadingOptions(builder.Configuration);
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.UnreadableProxies().Any(), $"{DashboardOptions.Section}:{nameof(DashboardOptions.TrustedProxies)} holds an entry that is neither an IP address nor a network such as 10.0.0.0/8.")
            .ValidateOnStart();
        // One clock: whoever asks for a TimeProvider gets the region's, so no «now» or «today» is the server's.
        services.AddSingleton(CreateClock);
        services.AddSingleton<TimeProvider>(s => s.GetRequiredService<RegionClock>());
        services.AddSingleton(_ => MunicipalityDirectory.LoadDefault());

        services.AddSharedKeys(database);
        services.AddDashboardData();
        services.AddDashboardAccess();
        services.AddDashboardTables();
        services.AddDashboardCharts();
        services.AddUploads();
        services.AddDashboardJobs(builder.Configuration);
        services.AddNavigation();
        services.AddAnalyticsPages();
        services.AddReports();

        services.AddRazorPages(o => o.RootDirectory = "/Features");
        services.AddHttpContextAccessor();
        // Russian text stays readable in the HTML (and in tests) instead of &#x...; escapes; direction overrides are dropped.
        services.Replace(ServiceDescriptor.Singleton<HtmlEncoder>(BidiSafeHtmlEncoder.For(new TextEncoderSettings(
            UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Cyrillic,
            UnicodeRanges.GeneralPunctuation, UnicodeRanges.LetterlikeSymbols))));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<DashboardOptions>>((f, d) =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in d.Value.TrustedProxies)
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address)) f.KnownProxies.Add(address);
                else f.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<DashboardOptions>>((k, d) => k.Limits.MaxRequestBodySize = d.Value.Upload.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<DashboardOptions>>((f, d) => f.MultipartBodyLengthLimit = d.Value.Upload.MaxRequestBytes);
        return builder;
    }

    private static RegionClock CreateClock(IServiceProvider services)
    {
        var clock = services.GetRequiredService<IOptions<RegionOptions>>().Value.Clock(System.TimeProvider.System);
        if (clock.IsStandIn)
            services.GetRequiredService<ILogger<RegionClock>>().LogWarning("Time zone data for {Zone} is missing on this machine; times are shown at the fixed offset UTC+3", clock.Zone.Id);
        return clock;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // First: every later step (client address for sign-in throttling, HTTPS for cookies) sees the client, not the proxy.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealth();
        app.MapExports();
        app.MapCharts();
        app.MapAnalyticsCharts();
        app.MapErrorReports();
        app.MapReports();
        app.MapJobsDashboard();
        return app;
    }
}
