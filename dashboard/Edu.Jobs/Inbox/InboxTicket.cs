using System.Text.RegularExpressions;

namespace Edu.Jobs.Inbox;

/// <summary>
/// A file taken for loading: it sits alone in processing/<see cref="Id"/>/ under its original name, so the load
/// history shows that name. Jobs carry the id only; a path never travels through the queue.
/// </summary>
public sealed partial record InboxTicket(string Id, string FileName)
{
    public static string NewId(TimeProvider time) =>
        $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex(@"^\d{8}T\d{9}-[0-9a-f]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
