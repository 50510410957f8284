using Edu.Analytics.Charts;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;

namespace Edu.Dashboard.Charts;

/// <summary>The year a chart shows by default, read once per data version and scope: the page and its chart both ask.</summary>
public static class ChartYears
{
    /// <summary>The latest year with marks in the scope and place (a municipality or a school).</summary>
    public static int? Marks(DataCache cache, DataVersion version, UserScope scope, string? municipality, string? login) =>
        cache.Get(new DataCacheKey("marks-latest-year", municipality + "|" + login, version, scope),
            c => new Box<int?>(MarksDistribution.LatestYear(c, scope.ReadScope, municipality, login))).Value;

    /// <summary>The latest year with ШНОР dynamics (they are computed region-wide, so every scope has the same years).</summary>
    public static int? ShnorDynamics(DataCache cache, DataVersion version, UserScope scope) =>
        cache.Get(new DataCacheKey("shnor-dynamics-latest-year", "", version, scope), c => new Box<int?>(ShnorExits.LatestYear(c))).Value;

    /// <summary>The latest year with context indexes in the scope.</summary>
    public static int? Resilience(DataCache cache, DataVersion version, UserScope scope) =>
        cache.Get(new DataCacheKey("resilience-latest-year", "", version, scope), c => new Box<int?>(ContextScatter.LatestYear(c, scope.ReadScope))).Value;
}
