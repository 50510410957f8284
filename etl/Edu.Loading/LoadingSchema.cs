using Edu.Storage;

namespace Edu.Loading;

/// <summary>The migrations of the tables the loader writes (Schema/*.sql): the loaded data and the load history.</summary>
public static class LoadingSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = Migration.EmbeddedIn(typeof(LoadingSchema).Assembly);
}
