using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Edu.Dashboard.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Account;

/// <summary>
/// Sign-in. Attempts are throttled before the password is checked (<see cref="SignInThrottle"/>): a refused one gets
/// 429 with Retry-After and a Russian message saying how long to wait.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(UserDirectory users, SignInThrottle throttle, KnownBrowsers browsers, SignedOutSessions sessions, ILogger<LoginModel> logger)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Введите логин.")]
    public string Login { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var browser = browsers.IdFor(Request, Login);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var attempt = throttle.Begin(SignInThrottle.KeysFor(Login, address, browser));
        if (!attempt.Allowed)
        {
            logger.LogWarning("Sign-in for {Login} from {Address} refused for {Wait} (locked out: {Locked})", Login, address, attempt.Wait, attempt.LockedOut);
            Error = attempt.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(attempt.Wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        if (users.Authenticate(Login, Password) is not { } user)
        {
            logger.LogWarning("Failed sign-in for {Login} from {Address}", Login, address);
            Error = "Неверный логин или пароль.";
            return Page();
        }
        throttle.Succeeded(attempt);
        browsers.Remember(HttpContext, user.Login, browser);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserDirectory.ToPrincipal(user, sessions.NewSession()));
        logger.LogInformation("Signed in {Login} ({Role})", user.Login, user.Role);
        // Only local return URLs: a link from elsewhere must not bounce a signed-in user to another site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
