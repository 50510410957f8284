using System.Globalization;
using System.Reflection;

namespace Edu.Storage;

/// <summary>
/// One numbered schema script. Versions are one sequence across the whole database, whichever part owns
/// the script: the part that writes a table keeps its migrations (loading: the loaded tables, analytics:
/// the result tables, the dashboard: the audit log) as embedded <c>Schema/NNNN_name.sql</c> files.
/// </summary>
public sealed record Migration(int Version, string Name, string Owner, Func<string> ReadSql)
{
    private const string Folder = ".Schema.";

    /// <summary>The scripts embedded under <c>Schema/</c> in the assembly of <paramref name="owner"/>, in version order.</summary>
    public static IReadOnlyList<Migration> EmbeddedIn(Assembly owner)
    {
        var ownerName = owner.GetName().Name ?? owner.FullName ?? "?";
        return owner.GetManifestResourceNames()
            .Where(n => n.Contains(Folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource =>
            {
                var name = resource[(resource.LastIndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..];
                var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                return new Migration(version, name, ownerName, () => Read(owner, resource));
            })
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly owner, string resource)
    {
        using var stream = owner.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
