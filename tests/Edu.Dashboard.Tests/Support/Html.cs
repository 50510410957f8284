using System.Text.RegularExpressions;

namespace Edu.Dashboard.Tests.Support;

public static partial class Html
{
    public static async Task<string> AntiforgeryToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    public static IReadOnlyList<string> Links(string html, string prefix) =>
        LinkPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
