using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Storage;

namespace Edu.Bench;

/// <summary>The database the benchmarks measure: the loaded tables and the analytics results, as the command line has them.</summary>
internal static class BenchDatabase
{
    public static Schema Schema { get; } = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations);

    public static Database At(string path) => new(path, Schema);
}
