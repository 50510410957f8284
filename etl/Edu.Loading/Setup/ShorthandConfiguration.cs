using Edu.Storage;
using Microsoft.Extensions.Configuration;

namespace Edu.Loading.Setup;

/// <summary>
/// The documented shorthands as configuration keys, so that options read them like any other setting and nothing
/// else reads the environment: <c>EDU_ROOT</c> → Database:Root, <c>EDU_DB</c> → Database:Path, <c>EDU_SALT</c> →
/// Privacy:Salt, and the command line's <c>--db</c> → Database:Path. Both hosts add them after their environment
/// variables, so the precedence is --db, then EDU_DB, then Database__Path, then appsettings.json.
/// </summary>
public static class ShorthandConfiguration
{
    public const string DatabaseVariable = "EDU_DB";
    public const string SaltVariable = "EDU_SALT";
    public const string RootVariable = "EDU_ROOT";

    /// <summary>
    /// Adds the shorthands' keys: <paramref name="databaseArgument"/> is the command line's <c>--db</c>, if given;
    /// <paramref name="environment"/> reads a variable, the process environment unless a test gives its own.
    /// </summary>
    public static IConfigurationBuilder AddShorthands(this IConfigurationBuilder builder, string? databaseArgument = null, Func<string, string?>? environment = null) =>
        builder.AddInMemoryCollection(Keys(databaseArgument, environment ?? Environment.GetEnvironmentVariable));

    /// <summary>
    /// The keys the shorthands set; an empty variable counts as unset. A path typed by the user (--db, EDU_DB,
    /// EDU_ROOT) is relative to where the command runs, so it is made absolute here; paths in configuration files
    /// stay relative to the root.
    /// </summary>
    public static Dictionary<string, string?> Keys(string? databaseArgument, Func<string, string?> environment)
    {
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Given(environment(RootVariable)) is { } root) keys[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Root)}"] = Path.GetFullPath(root);
        if ((Given(databaseArgument) ?? Given(environment(DatabaseVariable))) is { } database)
            keys[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Path)}"] = Path.GetFullPath(database);
        if (Given(environment(SaltVariable)) is { } salt) keys[$"{PrivacyOptions.Section}:{nameof(PrivacyOptions.Salt)}"] = salt;
        return keys;
    }

    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
