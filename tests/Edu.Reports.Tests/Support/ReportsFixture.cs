using Edu.Analytics;

namespace Edu.Reports.Tests.Support;

/// <summary>
/// The sample region (loaded and recomputed once) with the October 2025 report built for the whole
/// region and for one municipality; the tests only read them.
/// </summary>
public sealed class ReportsFixture : IDisposable
{
    public const string Municipality = "Тосненский район";

    public static readonly ReportMonth Month = new(2025, 10);

    /// <summary>data-samples hold assessment years 2023–2025: the October 2025 lists are the 2025 ones.</summary>
    public const int ExpectedYear = 2025;

    public static readonly DateOnly ExpectedAsOf = new(2025, 10, 31);

    public ReportsFixture()
    {
        Region = new SampleRegion();
        using var connection = Region.Database.Open();
        Whole = MonthlyReport.Build(connection, new MonthlyReportRequest(Month), Region.Options, new ProjectOptions(), Region.Output("region"), Region.ReportClock);
        Municipal = MonthlyReport.Build(connection, new MonthlyReportRequest(Month, Municipality), Region.Options, new ProjectOptions(), Region.Output("municipal"), Region.ReportClock);
    }

    public SampleRegion Region { get; }

    public MonthlyReportResult Whole { get; }

    public MonthlyReportResult Municipal { get; }

    public void Dispose() => Region.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ReportsCollection : ICollectionFixture<ReportsFixture>
{
    public const string Name = "monthly reports";
}
