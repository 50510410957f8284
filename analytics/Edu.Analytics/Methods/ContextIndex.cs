using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Context index (ИСБШ) and ШФНСУ = index ≤ P25 of the year.</summary>
public static class ContextIndex
{
    public static IReadOnlyList<ContextIndexEntry> Compute(
        IReadOnlyList<SchoolContext> contexts,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        AnalyticsOptions options)
    {
        var results = resultIndexes.ToDictionary(r => (r.Year, r.Login), r => r.Index);
        var entries = new List<ContextIndexEntry>();
        foreach (var year in contexts.GroupBy(c => c.Year).OrderBy(g => g.Key))
        {
            var rows = year.GroupBy(c => c.Login).ToDictionary(g => g.Key, g => g.Last());
            var signedZ = ContextShares.All
                .Select(share => (Share: share, Z: ZScores.Compute(rows
                    .Where(kv => share.Value(kv.Value) is not null)
                    .ToDictionary(kv => kv.Key, kv => share.Value(kv.Value)!.Value))))
                .ToList();

            var indexes = new Dictionary<string, (double? Index, int Used)>();
            foreach (var login in rows.Keys)
            {
                var available = signedZ
                    .Where(s => s.Share.Weight(options) > 0 && s.Z.ContainsKey(login))
                    .Select(s => (Weight: s.Share.Weight(options), Value: s.Share.Sign * s.Z[login]))
                    .ToList();
                double? index = available.Count >= options.MinContextShares
                    ? available.Sum(a => a.Weight * a.Value) / available.Sum(a => a.Weight)
                    : null;
                indexes[login] = (index, available.Count);
            }

            var withIndex = indexes.Values.Where(v => v.Index is not null).Select(v => v.Index!.Value).ToList();
            double? cut = withIndex.Count > 0 ? Percentile.Inc(withIndex, options.DisadvantagedQuantile) : null;
            entries.AddRange(indexes
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new ContextIndexEntry(
                    year.Key,
                    kv.Key,
                    kv.Value.Index,
                    kv.Value.Used,
                    kv.Value.Index <= cut,
                    results.TryGetValue((year.Key, kv.Key), out var r) ? r : null)));
        }

        return entries;
    }
}
