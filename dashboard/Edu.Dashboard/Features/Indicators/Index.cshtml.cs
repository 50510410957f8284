using Edu.Analytics.Model;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Indicators;

public sealed class IndexModel(TableReader reader) : AnalyticsPageModel<IndicatorsTable>(reader)
{
    public AttainmentMatrix Matrix { get; private set; } = null!;

    public DateOnly AsOf { get; private set; }

    /// <summary>Whose trend the charts show: the chosen municipality, else the user's own, else the region.</summary>
    public string ChartMunicipality { get; private set; } = Labels.Region;

    protected override void ExtraAnalytics()
    {
        Matrix = AttainmentMatrix.From(Reader.Rows(Source, Version, Scope).Applied(Source.Filters, Source.Columns, Table.Request));
        AsOf = Source.AsOf;
        ChartMunicipality = Filter("municipality") ?? Scope.Municipality ?? Labels.Region;
    }

    public string AsOfParameter => Filter(IndicatorsTable.AsOfKey) ?? AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
