using System.Text.RegularExpressions;

namespace Edu.Dashboard.Tests.Support;

public static partial class Html
{
    public static async Task<string> AntiforgeryToken(HttpClient client, string path) =>
        Token(await client.GetStringAsync(path)) ?? throw new InvalidOperationException($"No antiforgery token on {path}");

    /// <summary>The first antiforgery token of a page's forms, or null.</summary>
    public static string? Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    public static IReadOnlyList<string> Links(string html, string prefix) =>
        LinkPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
