namespace Edu.Dashboard.Tests.Support;

/// <summary>The app of <see cref="DashboardFactory.WithShnorSchool"/>, shared by the tests of the school's and municipality's cards.</summary>
[CollectionDefinition(Name)]
public sealed class CardsDashboard : ICollectionFixture<CardsDashboard.App>
{
    public const string Name = "cards dashboard";

    public sealed class App() : IDisposable
    {
        public DashboardFactory Factory { get; } = DashboardFactory.WithShnorSchool();

        public void Dispose() => Factory.Dispose();
    }
}
