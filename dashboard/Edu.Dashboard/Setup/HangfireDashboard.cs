using Edu.Dashboard.Access;
using Hangfire;
using Hangfire.Dashboard;

namespace Edu.Dashboard.Setup;

/// <summary>
/// «/hangfire»: Hangfire's own dashboard (queues, retries, «Повторить»), for administrators only (SPEC §9).
/// Mapped as an endpoint so the app's authorization runs first: anonymous users are sent to sign-in and other
/// roles get the app's 403; Hangfire's filter checks the same cookie principal again as a second lock.
/// </summary>
public static class HangfireDashboard
{
    public const string Path = "/hangfire";

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard(Path, new Hangfire.DashboardOptions
        {
            Authorization = [new AdminOnly()],
            AppPath = "/loads",
            DashboardTitle = "Фоновые задания",
            // The PostgreSQL connection string (with its password) must not appear on a page.
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
