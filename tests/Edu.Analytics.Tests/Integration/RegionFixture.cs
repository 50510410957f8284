using Edu.Generation;

namespace Edu.Analytics.Tests.Integration;

/// <summary>
/// The oblast-sized region (350 schools, 3 years) generated and loaded once for every test of the
/// «region» collection (about 40 s). Individual ВПР results: Математика 5 and Русский язык 5 every
/// year, so objectivity is judged in each year of the stable-list window while the load stays short.
/// </summary>
public sealed class RegionFixture : IDisposable
{
    public RegionFixture()
    {
        Region = new LoadedRegion(new GeneratorOptions
        {
            Schools = 350,
            Years = 3,
            Seed = 47,
            IndividualProcedures = IndividualProcedureSelection.Explicit("*:Математика:5", "*:Русский язык:5"),
        });
    }

    public LoadedRegion Region { get; }

    public void Dispose() => Region.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RegionCollection : ICollectionFixture<RegionFixture>
{
    public const string Name = "region";
}
