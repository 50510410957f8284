using System.Globalization;
using Edu.Analytics.Cards;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Objectivity;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<ObjectivityTable>(reader)
{
    public IReadOnlyList<ObjectivityLevelRow> Levels { get; private set; } = [];

    // The district filter has no column in the levels table; it narrows the school table only.
    protected override void ExtraAnalytics()
    {
        int? year = int.TryParse(Filter("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var municipality = Filter("municipality");
        Levels = Reader.Cache.Get(new DataCacheKey("objectivity-levels", $"{year}|{municipality}", Version, Scope),
            c => ObjectivityLevelRow.Read(c, Scope.ReadScope, year, municipality));
    }
}
