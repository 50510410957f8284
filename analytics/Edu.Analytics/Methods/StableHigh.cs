using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Stably high schools, their ranking and the selection for the regional support project.</summary>
public static class StableHigh
{
    /// <summary>True when every year of the window ending with <paramref name="year"/> has result indexes.</summary>
    public static bool Available(IReadOnlyList<ResultIndexEntry> resultIndexes, int year, AnalyticsOptions options)
    {
        var years = resultIndexes.Select(r => r.Year).ToHashSet();
        return Window(year, options).All(years.Contains);
    }

    public static IReadOnlyList<StableHighEntry> ComputeYear(
        int year,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        IReadOnlySet<(int Year, string Login)> flagged,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        if (!Available(resultIndexes, year, options))
        {
            return [];
        }

        var window = Window(year, options);
        var high = window.ToDictionary(
            y => y,
            y =>
            {
                var indexes = resultIndexes.Where(r => r.Year == y).ToDictionary(r => r.Login, r => r.Index);
                var cut = Percentile.Inc(indexes.Values, options.HighQuantile);
                return indexes.Where(kv => kv.Value >= cut).ToDictionary(kv => kv.Key, kv => kv.Value);
            });

        var candidates = high[year].Keys
            .Where(login => window.All(y => high[y].ContainsKey(login)))
            .Select(login => (
                Login: login,
                Mean: window.Average(y => high[y][login]),
                Excluded: window.Any(y => flagged.Contains((y, login))),
                Municipality: schools.TryGetValue(login, out var s) ? s.Municipality : null))
            .OrderByDescending(c => c.Mean)
            .ThenBy(c => c.Login, StringComparer.Ordinal)
            .ToList();

        var ranked = candidates.Where(c => !c.Excluded).Select((c, i) => (c.Login, Rank: i + 1, c.Municipality)).ToList();
        var municipalBest = ranked
            .Where(r => r.Municipality is not null)
            .GroupBy(r => r.Municipality)
            .Select(g => g.First().Login)
            .ToHashSet();
        var extra = ranked
            .Where(r => !municipalBest.Contains(r.Login))
            .Take(options.ExtraSelected)
            .Select(r => r.Login)
            .ToHashSet();
        var rank = ranked.ToDictionary(r => r.Login, r => r.Rank);

        return candidates
            .Select(c => new StableHighEntry(
                year,
                c.Login,
                c.Municipality,
                c.Mean,
                rank.TryGetValue(c.Login, out var place) ? place : null,
                municipalBest.Contains(c.Login) || extra.Contains(c.Login),
                municipalBest.Contains(c.Login),
                c.Excluded))
            .ToList();
    }

    private static List<int> Window(int year, AnalyticsOptions options) =>
        Enumerable.Range(year - options.StableWindowYears + 1, options.StableWindowYears).ToList();
}
