using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.BrowserTests;

/// <summary>The browser over the sample region (data-samples, the committee's decisions included) instead of the small seed.</summary>
public sealed class SampleBrowserFixture : BrowserFixture
{
    public SampleBrowserFixture()
        : this(new SampleRegion())
    {
    }

    private SampleBrowserFixture(SampleRegion region)
        : base(region.App)
    {
    }
}
