using System.Security.Cryptography;
using System.Text;

namespace Edu.Loading.Setup;

/// <summary>The participant-key salt every entry point shares, or the same file would be keyed differently by ./edu and the dashboard.</summary>
public static class ParticipantSalt
{
    public const string FileName = "salt.key";

    /// <summary>
    /// The configured salt; on a machine with none, a random one created once in <see cref="FileName"/> in
    /// <paramref name="dataDirectory"/> (beside the database) and reused, so keys stay stable between loads.
    /// </summary>
    public static byte[] Resolve(PrivacyOptions privacy, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(privacy.Salt)) return Encoding.UTF8.GetBytes(privacy.Salt);
        var file = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
