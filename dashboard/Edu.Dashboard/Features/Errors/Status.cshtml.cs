using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Edu.Dashboard.Features.Errors;

/// <summary>Russian text for error statuses (re-executed by the status-code pages middleware); shows no data.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    // A rejected POST (antiforgery, oversized upload) is re-executed with its own method.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        Message = code switch
        {
            400 => "Запрос отклонён: форма устарела (обновите страницу и отправьте её снова) или файлы больше допустимого размера.",
            403 => "Нет доступа: эта страница или эти данные вам недоступны.",
            404 => "Страница не найдена.",
            413 => "Файлы больше допустимого размера.",
            _ => "Произошла ошибка. Попробуйте ещё раз; если она повторится, сообщите администратору.",
        };
    }
}
