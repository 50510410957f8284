namespace Edu.Dashboard.Tests.Support;

/// <summary>One seeded app for the tests that only read; tests that upload make their own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDashboard : ICollectionFixture<DashboardFactory>
{
    public const string Name = "shared dashboard";
}
