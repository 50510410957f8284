using Edu.Generation;

namespace Edu.Loading.Tests.Generation;

public sealed class ScaleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-gen-scale-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Large_regions_get_longer_logins_and_keep_codes_unique()
    {
        var region = RegionBuilder.Build(new GeneratorOptions { Schools = 12_000, Years = 1 });

        region.Schools.Should().HaveCount(12_000);
        region.Schools.Select(s => s.Login).Should().OnlyContain(l => l.Length == "sch47".Length + 5).And.OnlyHaveUniqueItems();
        region.Schools.Select(s => s.Code).Should().OnlyHaveUniqueItems();
        region.Schools.Select(s => s.Municipality.Code).Distinct().Should().HaveCount(18);
        region.Schools.Count(s => s.Rural).Should().Be(4_800);
        region.Schools.Where(s => s.Municipality.Stem == "Сосновоборский").Should().OnlyContain(s => !s.Rural);
    }

    [Fact]
    public void Region_of_350_schools_has_about_200_thousand_pupils_and_the_two_biggest_municipalities()
    {
        var region = RegionBuilder.Build(new GeneratorOptions());

        region.Schools.Sum(s => s.Enrolment).Should().BeInRange(170_000, 240_000);
        var biggest = region.Schools.GroupBy(s => s.Municipality.Stem).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key);
        biggest.Should().BeEquivalentTo(["Всеволожский", "Гатчинский"]);
        region.Schools.Count(s => s.Rural && s.Enrolment <= 150).Should().BeGreaterThan(50);
    }

    [Fact]
    public void Bench_file_has_exactly_the_requested_rows_of_registry_schools()
    {
        var path = Path.Combine(_dir, "bench.xlsx");
        var file = VprIndividualBenchFile.Write(path, rows: 3_000, seed: 47, schools: 40);
        var logins = RegionBuilder.Build(new GeneratorOptions { Schools = 40, Seed = 47 }).Schools.Select(s => s.Login).ToHashSet();

        file.Rows.Should().Be(3_000);
        var rows = SheetRows.Read(path).Skip(3).ToList();
        rows.Should().HaveCount(3_000);
        rows.Should().OnlyContain(r => logins.Contains((string)r.Values[0]!));
        rows.Select(r => $"{r.Values[0]}|{r.Values[3]}").Should().OnlyHaveUniqueItems();
    }
}
