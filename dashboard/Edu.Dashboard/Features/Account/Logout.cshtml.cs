using Edu.Dashboard.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Account;

/// <summary>
/// Sign-out is a POST with an antiforgery token, so a link elsewhere cannot sign a user out. It revokes the session
/// on the server, so a copy of the cookie stops working too.
/// </summary>
public sealed class LogoutModel(SignedOutSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        sessions.Revoke(User);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/account/login");
    }
}
