using Edu.Analytics.Methods;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests;

public class ResilienceTests
{
    private static ContextIndexEntry Disadvantaged(int year, string login) => new(year, login, -1, 6, true, null);

    [Fact]
    public void QuartileAndValueAddedThresholdsAreInclusiveAtATie()
    {
        // Result indexes {−1, 0, 0.5, 0.5, 0.5}: P75 has h = 3 → 4th value = 0.5; the three schools at 0.5 qualify.
        // Residuals {−0.2, −0.1, 0, 0.3, 0.3}: P75 = 0.3; both schools at 0.3 qualify.
        var results = new[] { ("a", -1.0), ("b", 0.0), ("c", 0.5), ("d", 0.5), ("e", 0.5) }
            .Select(p => new ResultIndexEntry(2024, p.Item1, p.Item2, 1, 10)).ToList();
        var residuals = new Dictionary<string, double> { ["a"] = 0.3, ["b"] = 0.3, ["c"] = 0, ["d"] = -0.1, ["e"] = -0.2 };
        var context = results.Select(r => Disadvantaged(2024, r.Login)).ToList();

        var entries = Resilience.ComputeYear(2024, context, results, residuals, TestData.Options).ToDictionary(e => e.Login);

        entries.Values.Where(e => e.ResilientByQuartile).Select(e => e.Login).Should().Equal("c", "d", "e");
        entries.Values.Where(e => e.ResilientByValueAdded).Select(e => e.Login).Should().Equal("a", "b");
    }

    [Fact]
    public void OnlyDisadvantagedSchoolsWithAResultIndexCanBeResilient()
    {
        var results = new[] { new ResultIndexEntry(2024, "a", 2, 1, 10), new ResultIndexEntry(2024, "b", -2, 1, 10) };
        var context = new[]
        {
            new ContextIndexEntry(2024, "a", 1, 6, false, 2),
            Disadvantaged(2024, "c"),
        };

        var entries = Resilience.ComputeYear(2024, context, results, new Dictionary<string, double>(), TestData.Options);

        // «a» is above P75 but not ШФНСУ: absent. «c» is ШФНСУ without a result index: listed, not resilient.
        entries.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Login = "c", ResultIndex = (double?)null, Resilient = false });
    }

    [Fact]
    public void StablyResilientNeedsTwoResilientYearsInTheWindowAndNoObjectivityFlag()
    {
        // a: resilient 2022 and 2024 → stably resilient in 2024.
        // b: resilient 2023 and 2024 but flagged in 2022 (inside the 2022–2024 window) → excluded, and says so.
        // c: resilient only in 2024 → not stable.
        ResilienceEntry E(int year, string login, bool resilient) =>
            new(year, login, true, -1, 0, null, resilient, false, false, false, false);
        var yearly = new[]
        {
            E(2022, "a", true), E(2023, "a", false), E(2024, "a", true),
            E(2022, "b", false), E(2023, "b", true), E(2024, "b", true),
            E(2024, "c", true),
        };
        var flagged = new HashSet<(int, string)> { (2022, "b") };

        var entries = Resilience.ApplyStability(yearly, [2022, 2023, 2024], flagged, [], [], TestData.Options)
            .Where(e => e.Year == 2024).ToDictionary(e => e.Login);

        entries["a"].StablyResilient.Should().BeTrue();
        entries["b"].Should().BeEquivalentTo(new { StablyResilient = false, ExcludedForObjectivity = true, ObjectivityFlag = false });
        entries["c"].StablyResilient.Should().BeFalse();
    }

    [Fact]
    public void ASchoolResilientInTwoEarlierYearsIsStablyResilientEvenWhenNoLongerDisadvantaged()
    {
        ResilienceEntry E(int year) => new(year, "a", true, -1, 1, null, true, false, false, false, false);

        var entries = Resilience.ApplyStability([E(2022), E(2023)], [2022, 2023, 2024], new HashSet<(int, string)>(), [], [], TestData.Options);

        entries.Single(e => e.Year == 2024).Should().BeEquivalentTo(new { IsDisadvantaged = false, StablyResilient = true });
    }
}
