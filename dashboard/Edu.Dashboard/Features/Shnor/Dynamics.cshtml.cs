using System.Globalization;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Features.Shnor;

/// <summary>«/shnor/dynamics»: the transitions of every year with filters, sort and pages; the chart of the year chosen, else the latest.</summary>
public sealed class DynamicsModel(TableReader reader) : AnalyticsPageModel<ShnorDynamicsTable>(reader)
{
    public DynamicsSection Section { get; private set; } = null!;

    protected override void ExtraAnalytics()
    {
        var year = int.TryParse(Filter(TableFilters.YearKey), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : ChartYears.ShnorDynamics(Reader.Cache, Version, Scope);
        var shown = Reader.Rows(Source, Version, Scope).Applied(Source.Filters, Source.Columns, Table.Request);
        Section = DynamicsSection.Of(year, shown, Table);
    }
}
