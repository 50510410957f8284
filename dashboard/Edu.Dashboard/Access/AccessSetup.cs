using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Access;

public static class AccessSetup
{
    public static IServiceCollection AddDashboardAccess(this IServiceCollection services)
    {
        services.AddOptions<UserAccounts>().Configure<IConfiguration>((o, c) => c.GetSection("Users").Bind(o.Users)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UserAccounts>, UserAccountsValidator>();
        services.AddSingleton<UserDirectory>();
        services.AddOptions<SignInOptions>().BindConfiguration($"{Setup.DashboardOptions.Section}:SignIn").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<KnownBrowsers>();
        services.AddSingleton<SignedOutSessions>();
        // Behind a TLS proxy (X-Forwarded-Proto: https) the request counts as HTTPS, and these cookies are sent Secure.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<Setup.DashboardOptions>>((o, dashboard) =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.Cookie.Name = "edu.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = dashboard.Value.SignInLifetime;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    // A plain 403 (rendered by the status page), not a redirect: the URL stays and tests see the truth.
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = async context =>
                {
                    var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<SignedOutSessions>();
                    if (context.Principal is null || !users.StillMatches(context.Principal) || !sessions.IsActive(context.Principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            });

        services.AddAuthorizationBuilder()
            // Every page, export and download requires sign-in unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CanLoad, p => p.RequireRole(Roles.Admin, Roles.Analyst))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
