using Edu.Generation;

namespace Edu.Analytics.Tests.Integration;

/// <summary>The cases planted by the generator are found by read → engine → save on the loaded region.</summary>
[Collection(RegionCollection.Name)]
public class PlantedCasesTests(RegionFixture fixture)
{
    // Rule for resilient schools: small planted groups are noisy, so at least 80% of them must be found.
    private const double ResilientFoundShare = 0.8;

    private readonly LoadedRegion _region = fixture.Region;

    private List<string> Planted(string category) => _region.Manifest.PlantedLogins(category).ToList();

    [Fact]
    public void EveryPlantedLowResultSchoolIsShnorOrRiskGroupInTheLastYear()
    {
        var listed = ResultRows.Read(_region.Database, "SELECT login, status FROM shnor WHERE year = $p0", _region.LastYear)
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

        Planted(GenerationManifest.LowResults).Should().NotBeEmpty()
            .And.OnlyContain(login => listed.ContainsKey(login) && (listed[login] == "ШНОР" || listed[login] == "группа риска"));
    }

    [Fact]
    public void PlantedResilientSchoolsAreFoundResilientAndStablyResilient()
    {
        var planted = Planted(GenerationManifest.Resilient);
        var resilient = ResultRows.Logins(_region.Database, """
            SELECT login FROM resilience
            WHERE year = $p0 AND is_disadvantaged AND (resilient_by_quartile OR resilient_by_value_added)
            """, _region.LastYear);
        var stably = ResultRows.Logins(_region.Database, "SELECT login FROM resilience WHERE year = $p0 AND stably_resilient", _region.LastYear);

        planted.Should().NotBeEmpty();
        planted.Count(resilient.Contains).Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(ResilientFoundShare * planted.Count));
        planted.Count(stably.Contains).Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(ResilientFoundShare * planted.Count));
    }

    [Fact]
    public void PlantedInflatedVprSchoolsAreFlaggedInEveryYear()
    {
        var flagged = ResultRows.Read(_region.Database, "SELECT DISTINCT year, login FROM objectivity WHERE flagged")
            .Select(r => ((int)r[0]!, (string)r[1]!))
            .ToHashSet();

        var planted = Planted(GenerationManifest.InflatedVpr);
        planted.Should().NotBeEmpty();
        foreach (var year in _region.Manifest.Years)
        {
            planted.Where(login => !flagged.Contains((year, login))).Should().BeEmpty($"inflated schools must be flagged in {year}");
        }
    }

    [Fact]
    public void PlantedInflatedVprSchoolsAreExcludedFromTheStableLists()
    {
        var planted = Planted(GenerationManifest.InflatedVpr).ToHashSet(StringComparer.Ordinal);

        var stableHigh = ResultRows.Read(_region.Database, "SELECT login, rank, selected, excluded_for_objectivity FROM stable_high")
            .Where(r => planted.Contains((string)r[0]!))
            .ToList();
        stableHigh.Where(r => r[1] != null || (bool)r[2]! || !(bool)r[3]!).Should().BeEmpty(
            "a flagged school stays in the list only marked as excluded, without a place and not selected");

        var resilience = ResultRows.Read(_region.Database, "SELECT login, stably_resilient, objectivity_flag FROM resilience")
            .Where(r => planted.Contains((string)r[0]!))
            .ToList();
        resilience.Where(r => (bool)r[1]! || !(bool)r[2]!).Should().BeEmpty("flagged in every year, never stably resilient");

        var mentors = ResultRows.Logins(_region.Database, "SELECT mentor_login FROM mentors WHERE mentor_login IS NOT NULL");
        mentors.Should().NotIntersectWith(planted);
    }

    [Fact]
    public void FlaggedSchoolsNeverTakeAPlaceInTheStableHighList()
    {
        ResultRows.Read(_region.Database, """
            SELECT s.login FROM stable_high AS s
            WHERE s.rank IS NOT NULL AND EXISTS (
                SELECT 1 FROM objectivity AS o WHERE o.login = s.login AND o.flagged AND o.year BETWEEN s.year - 2 AND s.year)
            """).Should().BeEmpty();
    }

    [Fact]
    public void PlantedSchoolsLeaveAndEnterTheShnorListWithTheirLowRateFallingAndRising()
    {
        var changes = ResultRows.Read(_region.Database, "SELECT login, change, previous_low_rate, low_rate FROM shnor_dynamics WHERE year = $p0", _region.LastYear)
            .ToDictionary(r => (string)r[0]!, r => (Change: (string)r[1]!, Before: (double)r[2]!, Now: (double)r[3]!));

        Planted(GenerationManifest.LeavesShnor).Should().NotBeEmpty()
            .And.OnlyContain(login => changes[login].Change == "вышла из ШНОР" && changes[login].Now < changes[login].Before);
        Planted(GenerationManifest.EntersShnor).Should().NotBeEmpty()
            .And.OnlyContain(login => changes[login].Change == "вошла в ШНОР" && changes[login].Now > changes[login].Before);
        ResultRows.Read(_region.Database, "SELECT count(*) FROM indicator_values WHERE code = 'SHNOR_EXIT' AND municipality = 'Ленинградская область'")[0][0]
            .Should().Be(1L, "the region's SHNOR_EXIT of the last year, the only year whose previous year can hold «ШНОР»");
    }

    [Fact]
    public void TaskResultsRateEveryTaskOfEveryCountedSchoolProcedureAndNameItsSkill()
    {
        // Every counted ВПР school-procedure with individual works has one row per task of its paper; the region one per procedure-year.
        var expected = ResultRows.Read(_region.Database, """
            SELECT sum(t.tasks)::BIGINT FROM procedure_results AS p
            JOIN (SELECT year, subject, grade, count(*) AS tasks FROM vpr_tasks GROUP BY ALL) AS t USING (year, subject, grade)
            WHERE p.kind = 'ВПР' AND p.source = 'IndividualWorks' AND p.is_counted
            """)[0][0];
        ResultRows.Read(_region.Database, "SELECT count(*) FROM task_results WHERE level = 'ОО'")[0][0].Should().Be(Convert.ToInt64(expected));
        ResultRows.Read(_region.Database, "SELECT count(*) FROM task_results WHERE level = 'регион'")[0][0]
            .Should().Be(Convert.ToInt64(ResultRows.Read(_region.Database, "SELECT count(*) FROM vpr_tasks")[0][0]));

        // The codifier leaves one task a year without a description: that task shows its number only, every other its skill.
        ResultRows.Read(_region.Database, "SELECT year, count(DISTINCT task_label) FROM task_results WHERE requirement IS NULL GROUP BY year ORDER BY year")
            .Select(r => (long)r[1]!).Should().Equal(1L, 1L, 1L);
    }

    [Fact]
    public void ShnorAndRiskGroupAreListedInTheLastYear()
    {
        var year = _region.LastYear;
        var summary = _region.Report.Years.Single(y => y.Year == year);

        summary.Shnor.Should().BeGreaterThan(0);
        summary.RiskGroup.Should().BeGreaterThan(0);
        summary.Disadvantaged.Should().BeGreaterThan(0);
        summary.StablyHigh.Should().BeGreaterThan(0);
        summary.ValueAddedRSquared.Should().BeInRange(0, 1);
    }

    // Real oblast lists hold a few percent of schools; the generator is calibrated to that (about 7% here).
    [Fact]
    public void ShnorShareIsPlausible()
    {
        var year = _region.LastYear;
        var summary = _region.Report.Years.Single(y => y.Year == year);

        (summary.Shnor * 100.0 / summary.SchoolsWithResults).Should().BeInRange(1, 15);
    }
}
