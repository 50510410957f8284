namespace Edu.Dashboard.Tests.Support;

/// <summary>
/// The seeded app with two years of ВПР marks (<see cref="SeedFiles.VprMarks2023"/>, <see cref="SeedFiles.VprMarksShnor2024"/>):
/// the Luga school is «ШНОР» in 2024 on both grounds and flagged for non-objectivity, the Gatchina school neither.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CardsDashboard : ICollectionFixture<CardsDashboard.App>
{
    public const string Name = "cards dashboard";

    public sealed class App() : IDisposable
    {
        public DashboardFactory Factory { get; } = new([SeedFiles.VprMarks2023, SeedFiles.VprMarksShnor2024]);

        public void Dispose() => Factory.Dispose();
    }
}
