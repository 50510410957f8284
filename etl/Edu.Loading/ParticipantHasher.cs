using System.Security.Cryptography;
using System.Text;

namespace Edu.Loading;

/// <summary>
/// Turns what identified a participant (name, document) into a salted key, so results can be
/// linked without any personal value entering the database. The salt comes from configuration.
/// </summary>
public sealed class ParticipantHasher(byte[] salt)
{
    public string Key(IEnumerable<string?> identifyingValues)
    {
        var normalized = string.Join('\u001f', identifyingValues.Select(v => (v ?? string.Empty).Trim().ToUpperInvariant().Replace('Ё', 'Е')));
        var hash = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
