using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class MentoringTests
{
    private const int Year = 2024;

    [Fact]
    public void MenteesInLoginOrderTakeClosestMentorInMunicipalityThenDistrictWithinCapacity()
    {
        // Mentees m1..m7 in Лужский (Южный округ, context 0), m8 in Выборгский (Северный округ).
        // Mentors: h1 Лужский ctx 0.5, h2 Лужский ctx −0.1, h0 Лужский without index (last among candidates),
        // h3 Гатчинский (Южный), hx Лужский excluded for objectivity (never a mentor).
        // m1, m2 → h2 (distance 0.1); h2 full. m3, m4 → h1 (0.5); m5, m6 → h0 (no index, but same municipality);
        // m7 → h3 by district; m8 → nobody.
        var schools = new List<SchoolInfo>
        {
            School("h0"), School("h1"), School("h2"), School("hx"), School("h3", "Гатчинский"),
            School("m8", "Выборгский", "Северный"),
        };
        schools.AddRange(Enumerable.Range(1, 7).Select(i => School($"m{i}")));
        var mentees = schools.Where(s => s.Login.StartsWith('m')).Select(s => s.Login).ToList();
        var shnor = mentees.Select(m => new ShnorEntry(Year, m, ShnorStatus.Shnor, true, true, [Math5], 1))
            .Append(new ShnorEntry(Year, "r1", ShnorStatus.RiskGroup, true, false, [Math5], 1))
            .ToList();
        var stableHigh = new[]
        {
            new StableHighEntry(Year, "h1", "Лужский", 1, 1, true, true, false),
            new StableHighEntry(Year, "h2", "Лужский", 1, 2, true, false, false),
            new StableHighEntry(Year, "hx", "Лужский", 1, null, false, false, true),
        };
        var resilience = new[]
        {
            new ResilienceEntry(Year, "h0", true, null, 1, null, true, true, true, false, false),
            new ResilienceEntry(Year, "h3", true, -1, 1, null, true, true, true, false, false),
        };
        var context = mentees.Select(m => new ContextIndexEntry(Year, m, 0, 6, false, null))
            .Append(new ContextIndexEntry(Year, "h1", 0.5, 6, false, null))
            .Append(new ContextIndexEntry(Year, "h2", -0.1, 6, false, null))
            .Append(new ContextIndexEntry(Year, "hx", 0, 6, false, null))
            .ToList();

        var pairs = Mentoring.ComputeYear(Year, shnor, stableHigh, resilience, context, schools.ToDictionary(s => s.Login), Options);

        pairs.Select(p => (p.MenteeLogin, p.MentorLogin, p.MatchLabel)).Should().Equal(
            ("m1", "h2", "муниципалитет"),
            ("m2", "h2", "муниципалитет"),
            ("m3", "h1", "муниципалитет"),
            ("m4", "h1", "муниципалитет"),
            ("m5", "h0", "муниципалитет"),
            ("m6", "h0", "муниципалитет"),
            ("m7", "h3", "округ"),
            ("m8", null, "не найден"));
    }

    [Fact]
    public void EqualDistancesGoToTheSmallerLogin()
    {
        var schools = Registry(School("m1"), School("hb"), School("ha"));
        var shnor = new[] { new ShnorEntry(Year, "m1", ShnorStatus.Shnor, true, true, [Math5], 1) };
        var stableHigh = new[]
        {
            new StableHighEntry(Year, "hb", "Лужский", 1, 1, true, true, false),
            new StableHighEntry(Year, "ha", "Лужский", 1, 2, true, false, false),
        };
        var context = new[]
        {
            new ContextIndexEntry(Year, "m1", 0, 6, false, null),
            new ContextIndexEntry(Year, "ha", -0.3, 6, false, null),
            new ContextIndexEntry(Year, "hb", 0.3, 6, false, null),
        };

        Mentoring.ComputeYear(Year, shnor, stableHigh, [], context, schools, Options).Single().MentorLogin.Should().Be("ha");
    }
}
