using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Mentor pairs: each «ШНОР» school gets a stably-high or stably-resilient school as mentor.</summary>
public static class Mentoring
{
    /// <remarks>
    /// Mentees go in login order, so earlier logins get the first choice of mentors. A candidate that is
    /// itself «ШНОР» that year is not a mentor. When the mentee has no context index the distance is
    /// unknown for everyone, so candidates with an index come first, then the rest, each by login.
    /// </remarks>
    public static IReadOnlyList<MentorPair> ComputeYear(
        int year,
        IReadOnlyList<ShnorEntry> shnor,
        IReadOnlyList<StableHighEntry> stableHigh,
        IReadOnlyList<ResilienceEntry> resilience,
        IReadOnlyList<ContextIndexEntry> contextIndexes,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var mentees = shnor
            .Where(s => s.Year == year && s.Status == ShnorStatus.Shnor)
            .Select(s => s.Login)
            .Order(StringComparer.Ordinal)
            .ToList();
        var menteeSet = mentees.ToHashSet();
        var context = contextIndexes.Where(c => c.Year == year).ToDictionary(c => c.Login, c => c.Index);
        var load = stableHigh.Where(s => s.Year == year && !s.ExcludedForObjectivity).Select(s => s.Login)
            .Concat(resilience.Where(r => r.Year == year && r.StablyResilient).Select(r => r.Login))
            .Where(login => !menteeSet.Contains(login))
            .Distinct()
            .ToDictionary(login => login, _ => 0);

        var pairs = new List<MentorPair>();
        foreach (var mentee in mentees)
        {
            var home = schools.GetValueOrDefault(mentee);
            var open = load.Where(kv => kv.Value < options.MentorCapacity).Select(kv => kv.Key).ToList();
            var (mentor, match) =
                Closest(open.Where(m => home is not null && schools.GetValueOrDefault(m)?.Municipality == home.Municipality), mentee, context) is { } inMunicipality
                    ? (inMunicipality, MentorMatch.Municipality)
                    : Closest(open.Where(m => home is not null && schools.GetValueOrDefault(m)?.District == home.District), mentee, context) is { } inDistrict
                        ? (inDistrict, MentorMatch.District)
                        : ((string?)null, MentorMatch.NotFound);
            if (mentor is not null)
            {
                load[mentor]++;
            }

            pairs.Add(new MentorPair(year, mentee, mentor, match));
        }

        return pairs;
    }

    private static string? Closest(IEnumerable<string> candidates, string mentee, IReadOnlyDictionary<string, double?> context)
    {
        var own = context.GetValueOrDefault(mentee);
        return candidates
            .Select(c => (Login: c, Index: context.GetValueOrDefault(c)))
            .OrderBy(c => c.Index is null ? 1 : 0)
            .ThenBy(c => own is not null && c.Index is not null ? Math.Abs(c.Index.Value - own.Value) : 0)
            .ThenBy(c => c.Login, StringComparer.Ordinal)
            .Select(c => c.Login)
            .FirstOrDefault();
    }
}
