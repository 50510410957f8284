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

        // Candidates by municipality and by district, each list in login order, so that a mentee looks only at its own.
        var candidates = load.Keys.Order(StringComparer.Ordinal).Select(login => (Login: login, School: schools.GetValueOrDefault(login))).ToList();
        var byMunicipality = candidates.Where(c => c.School is not null).ToLookup(c => c.School!.Municipality, c => c.Login);
        var byDistrict = candidates.Where(c => c.School is not null).ToLookup(c => c.School!.District, c => c.Login);

        var pairs = new List<MentorPair>();
        foreach (var mentee in mentees)
        {
            var home = schools.GetValueOrDefault(mentee);
            bool Open(string login) => load[login] < options.MentorCapacity;
            var (mentor, match) =
                home is not null && Closest(byMunicipality[home.Municipality].Where(Open), mentee, context) is { } inMunicipality
                    ? (inMunicipality, MentorMatch.Municipality)
                    : home is not null && Closest(byDistrict[home.District].Where(Open), mentee, context) is { } inDistrict
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

    /// <summary>The candidate with a context index closest to the mentee's (those without an index last), ties by login.</summary>
    private static string? Closest(IEnumerable<string> candidates, string mentee, IReadOnlyDictionary<string, double?> context)
    {
        var own = context.GetValueOrDefault(mentee);
        string? best = null;
        (int Missing, double Distance) bestKey = default;
        foreach (var candidate in candidates)
        {
            var index = context.GetValueOrDefault(candidate);
            var key = (index is null ? 1 : 0, own is not null && index is not null ? Math.Abs(index.Value - own.Value) : 0);

            // Candidates come in login order, so the first of equal keys is the one with the smaller login.
            if (best is null || key.CompareTo(bestKey) < 0)
            {
                (best, bestKey) = (candidate, key);
            }
        }

        return best;
    }
}
