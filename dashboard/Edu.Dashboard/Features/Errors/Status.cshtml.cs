using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Errors;

/// <summary>Russian text for error statuses (re-executed by the status-code pages middleware); shows no data.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = "";

    public void OnGet() => Show();

    // A rejected POST (antiforgery, oversized upload) is re-executed with its own method. The code is read from the
    // route itself: the body of such a POST may be unreadable (a file name overflowing the form's limits), and model
    // binding, which would read the form first, then bound nothing.
    public void OnPost() => Show();

    private void Show()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        Code = code;
        Message = code switch
        {
            400 => "Запрос отклонён: форма устарела (обновите страницу и отправьте её снова), файлы больше допустимого размера или имя файла слишком длинное.",
            403 => "Нет доступа: эта страница или эти данные вам недоступны.",
            404 => "Страница не найдена.",
            413 => "Файлы больше допустимого размера.",
            _ => "Произошла ошибка. Попробуйте ещё раз; если она повторится, сообщите администратору.",
        };
    }
}
