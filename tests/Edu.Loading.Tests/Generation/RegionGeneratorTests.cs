using System.Text.RegularExpressions;
using Edu.Generation;

namespace Edu.Loading.Tests.Generation;

public sealed class RegionGeneratorTests(GeneratedRegionFixture region) : IClassFixture<GeneratedRegionFixture>
{
    private GenerationManifest Manifest => region.Manifest;

    [Fact]
    public void Every_kind_is_written_and_listed_in_the_manifest()
    {
        Manifest.Files.Select(f => f.Kind).Distinct().Should().BeEquivalentTo(GeneratedKind.All);
        foreach (var file in Manifest.Files)
        {
            File.Exists(region.PathOf(file)).Should().BeTrue(file.Path);
        }

        File.Exists(Path.Combine(region.Directory, GenerationManifest.FileName)).Should().BeTrue();
        GenerationManifest.Load(Path.Combine(region.Directory, GenerationManifest.FileName)).Files.Should().HaveCount(Manifest.Files.Count);
    }

    [Fact]
    public void Per_year_kinds_have_one_file_per_year_and_the_sample_keeps_individual_files_few()
    {
        int[] years = [2023, 2024, 2025];
        foreach (var kind in new[] { GeneratedKind.Context, GeneratedKind.VprMarks, GeneratedKind.Ege })
        {
            Manifest.Files.Where(f => f.Kind == kind).Select(f => f.Year).Should().BeEquivalentTo(years.Cast<int?>(), kind);
        }

        foreach (var year in years)
        {
            Manifest.Files.Count(f => f.Kind == GeneratedKind.VprIndividual && f.Year == year).Should().BeInRange(2, 3);
            Manifest.Files.Where(f => f.Kind == GeneratedKind.Oge && f.Year == year).Select(f => f.Subject)
                .Should().Contain(["Русский язык", "Математика"]);
        }

        Manifest.Files.Where(f => f.Kind == GeneratedKind.Coverage).Should().HaveCount(4 * (2025 - 2019 + 1));
    }

    [Fact]
    public void Registry_has_the_requested_schools_and_rural_share()
    {
        var rows = SheetRows.Read(region.PathOf(Manifest.Files.Single(f => f.Kind == GeneratedKind.Schools)));
        var schools = rows.Where(r => r.Values.Length > 2 && r.Values[2] is string s && s.StartsWith("sch47", StringComparison.Ordinal)).ToList();

        schools.Should().HaveCount(60);
        schools.Count(r => (string?)r.Values[6] == "село").Should().Be(24);
        schools.Select(r => (string)r.Values[2]!).Should().OnlyContain(l => Regex.IsMatch(l, "^sch47[0-9]{4}$")).And.OnlyHaveUniqueItems();
        schools.Select(r => (string)r.Values[3]!).Should().OnlyContain(c => Regex.IsMatch(c, "^[0-9]{6}$")).And.OnlyHaveUniqueItems();
        Manifest.SchoolCount.Should().Be(60);
        Manifest.RuralSchoolCount.Should().Be(24);
    }

    [Fact]
    public void Planted_categories_are_filled_with_registry_schools()
    {
        var rows = SheetRows.Read(region.PathOf(Manifest.Files.Single(f => f.Kind == GeneratedKind.Schools)));
        var types = rows.Where(r => r.Values.Length > 5 && r.Values[2] is string).ToDictionary(r => (string)r.Values[2]!, r => r.Values[5] as string);

        foreach (var category in new[]
                 {
                     GenerationManifest.LowResults, GenerationManifest.Resilient, GenerationManifest.InflatedVpr, GenerationManifest.LeavesShnor,
                     GenerationManifest.EntersShnor,
                 })
        {
            Manifest.PlantedLogins(category).Should().NotBeEmpty(category).And.OnlyContain(l => types.ContainsKey(l));
        }

        Manifest.PlantedLogins(GenerationManifest.InflatedVpr).Should().HaveCountGreaterThanOrEqualTo(3)
            .And.OnlyContain(l => types[l] != "гимназия" && types[l] != "лицей");
        Manifest.PlantedLogins(GenerationManifest.LowResults).Should().NotIntersectWith(Manifest.PlantedLogins(GenerationManifest.Resilient));
    }

    [Fact]
    public void Planted_low_result_schools_have_at_least_30_percent_of_twos_in_two_procedures_for_two_years()
    {
        foreach (var year in new[] { 2024, 2025 })
        {
            var file = Manifest.Files.Single(f => f.Kind == GeneratedKind.VprMarks && f.Year == year);
            var rows = SheetRows.Read(region.PathOf(file)).Where(r => r.Values[0] is double).ToList();
            foreach (var planted in Manifest.Planted[GenerationManifest.LowResults])
            {
                var low = rows
                    .Where(r => (string?)r.Values[3] == planted.Login && (double)r.Values[4]! >= 10)
                    .Where(r => SheetRows.Percent(r.Values[5], r.Formats[5]) >= 30)
                    .Select(r => $"ВПР · {r.Values[1]} · {r.Values[2]}")
                    .ToList();
                low.Should().Contain(planted.Procedures, $"{planted.Login} in {year}");
            }
        }
    }

    [Fact]
    public void Planted_schools_leaving_the_shnor_list_are_low_for_two_years_then_not_and_those_entering_the_other_way_round()
    {
        // Leaving: both procedures low in 2023 and 2024 («ШНОР» in 2024), neither in 2025. Entering: the first procedure low
        // in 2024 (ground B in 2025, no ground A in 2024), both in 2025.
        var low = new[] { 2023, 2024, 2025 }.ToDictionary(year => year, year =>
            SheetRows.Read(region.PathOf(Manifest.Files.Single(f => f.Kind == GeneratedKind.VprMarks && f.Year == year)))
                .Where(r => r.Values[0] is double && (double)r.Values[4]! >= 10 && SheetRows.Percent(r.Values[5], r.Formats[5]) >= 30)
                .Select(r => ((string)r.Values[3]!, $"ВПР · {r.Values[1]} · {r.Values[2]}"))
                .ToHashSet());

        var leaving = Manifest.Planted[GenerationManifest.LeavesShnor];
        var entering = Manifest.Planted[GenerationManifest.EntersShnor];
        leaving.Should().HaveCount(2).And.OnlyContain(s => s.Years.SequenceEqual(new[] { 2024, 2025 }) && s.Procedures.Count == 2);
        entering.Should().HaveCount(2);
        foreach (var school in leaving)
        {
            foreach (var procedure in school.Procedures)
            {
                low[2023].Should().Contain((school.Login, procedure));
                low[2024].Should().Contain((school.Login, procedure));
            }

            low[2025].Should().NotContain(l => l.Item1 == school.Login, "the school recovered in the last year");
        }

        foreach (var school in entering)
        {
            low[2024].Where(l => l.Item1 == school.Login).Select(l => l.Item2).Should().Equal([school.Procedures[0]], school.Login);
            low[2025].Should().Contain(school.Procedures.Select(p => (school.Login, p)));
        }
    }

    [Fact]
    public void The_codifier_describes_every_task_of_the_individual_results_of_its_year()
    {
        foreach (var codifier in Manifest.Files.Where(f => f.Kind == GeneratedKind.VprTasks))
        {
            var rows = SheetRows.Read(region.PathOf(codifier)).Where(r => r.Values[0] is string s && s.Contains('/')).ToList();
            var described = rows.Select(r => ($"{r.Values[1]} {r.Values[2]}", Convert.ToString(r.Values[3], System.Globalization.CultureInfo.InvariantCulture)!, (double)r.Values[4]!))
                .ToList();
            var papers = Manifest.Files.Where(f => f.Kind == GeneratedKind.VprIndividual && f.Year == codifier.Year).ToList();
            papers.Should().NotBeEmpty();
            var tasks = papers.SelectMany(f => f.Headers.Select(h => Regex.Match(h, @"^(\d+(?:\.\d+)?) \((\d+)б\)$")).Where(m => m.Success)
                .Select(m => ($"{f.Subject} {f.Grade} класс", m.Groups[1].Value, double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))));
            described.Should().BeEquivalentTo(tasks, codifier.Path);
            rows.Select(r => (string)r.Values[5]!).Should().ContainSingle(t => t == "—").And.OnlyContain(t => t.Length > 0, "one task is left without a description");
        }

        Manifest.Files.Where(f => f.Kind == GeneratedKind.VprTasks).Select(f => f.Year).Should().Equal(2023, 2024, 2025);
    }

    [Fact]
    public void Marks_shares_sum_to_100_and_the_total_row_comes_last()
    {
        var file = Manifest.Files.First(f => f.Kind == GeneratedKind.VprMarks);
        var rows = SheetRows.Read(region.PathOf(file));
        rows[^1].Values[0].Should().Be("Итого");
        foreach (var row in rows.Where(r => r.Values[0] is double))
        {
            var sum = Enumerable.Range(5, 4).Sum(i => SheetRows.Percent(row.Values[i], row.Formats[i]));
            sum.Should().BeApproximately(100, 1);
        }
    }

    [Fact]
    public void Inflated_schools_get_marks_above_their_journals()
    {
        var file = Manifest.Files.First(f => f.Kind == GeneratedKind.VprIndividual && f.Subject == "Математика");
        var rows = SheetRows.Read(region.PathOf(file)).Skip(3).ToList();
        var width = rows[0].Values.Length;
        foreach (var login in Manifest.PlantedLogins(GenerationManifest.InflatedVpr))
        {
            var pairs = rows.Where(r => (string?)r.Values[0] == login && r.Values[width - 1] is double).ToList();
            pairs.Should().HaveCountGreaterThanOrEqualTo(10);
            pairs.Count(r => (double)r.Values[width - 2]! > (double)r.Values[width - 1]!).Should().BeGreaterThan(pairs.Count / 2, login);
        }
    }

    [Fact]
    public void Individual_primary_score_is_the_sum_of_task_scores()
    {
        var file = Manifest.Files.First(f => f.Kind == GeneratedKind.VprIndividual);
        var rows = SheetRows.Read(region.PathOf(file));
        rows[0].Values[0].Should().Be($"ВПР {file.Year} {file.Subject} {file.Grade} класс");
        var header = rows[2].Values.Select(v => v as string ?? "").ToList();
        var tasks = header.Select((h, i) => (h, i)).Where(x => Regex.IsMatch(x.h, @"^\d+(\.\d+)? \(\d+б\)$")).Select(x => x.i).ToList();
        tasks.Should().NotBeEmpty();
        foreach (var row in rows.Skip(3))
        {
            var sum = tasks.Sum(i => row.Values[i] is double d ? d : 0);
            row.Values[tasks[^1] + 1].Should().Be(sum);
        }
    }

    [Fact]
    public void Oge_protocols_carry_filled_personal_columns()
    {
        var file = Manifest.Files.First(f => f.Kind == GeneratedKind.Oge);
        var rows = SheetRows.Read(region.PathOf(file));
        rows[0].Values[0].Should().BeOfType<string>().Which.Should().MatchRegex(@"^\d{2} .+ \d{2}\.\d{2}\.\d{4}$");
        var data = rows.Skip(3).ToList();
        data.Should().NotBeEmpty();
        foreach (var row in data)
        {
            row.Values[5..8].Should().OnlyContain(v => v is string && ((string)v).Length > 1);
            ((string)row.Values[8]!).Should().MatchRegex("^[0-9]{4}$");
            ((string)row.Values[9]!).Should().MatchRegex("^[0-9]{6}$");
        }
    }
}
