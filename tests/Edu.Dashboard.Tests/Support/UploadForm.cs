using System.Net;
using System.Net.Http.Headers;

namespace Edu.Dashboard.Tests.Support;

/// <summary>Posts the Загрузки page's forms as a browser does (antiforgery token included).</summary>
public static class UploadForm
{
    public static async Task<string> Upload(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = await Html.AntiforgeryToken(client, "/loads");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set the raw header so the name (with its path) reaches the server exactly as a browser might send it.
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(name)}");
            content.Add(file);
        }
        var response = await client.PostAsync("/loads", content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Presses a button of the page: «scan» (Проверить папку входящих сейчас) or «recompute» (Пересчитать аналитику).</summary>
    public static async Task<HttpResponseMessage> Press(HttpClient client, string handler)
    {
        var token = await Html.AntiforgeryToken(client, "/loads");
        return await client.PostAsync($"/loads?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }
}
