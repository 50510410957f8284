using System.ComponentModel.DataAnnotations;
using Edu.Dashboard.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(UserDirectory users, ILogger<LoginModel> logger) : PageModel
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
        if (users.Authenticate(Login, Password) is not { } user)
        {
            logger.LogWarning("Failed sign-in for {Login}", Login);
            Error = "Неверный логин или пароль.";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserDirectory.ToPrincipal(user));
        logger.LogInformation("Signed in {Login} ({Role})", user.Login, user.Role);
        // Only local return URLs: a link from elsewhere must not bounce a signed-in user to another site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
