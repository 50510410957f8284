using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Resilient ШФНСУ schools: by the quartile method, by value added, and stably over the window.</summary>
public static class Resilience
{
    /// <summary>One year's ШФНСУ schools with both resilience flags; stability is decided later.</summary>
    public static IReadOnlyList<ResilienceEntry> ComputeYear(
        int year,
        IReadOnlyList<ContextIndexEntry> contextIndexes,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        IReadOnlyDictionary<string, double> residuals,
        AnalyticsOptions options)
    {
        var results = resultIndexes.Where(r => r.Year == year).ToDictionary(r => r.Login, r => r.Index);
        double? highResult = results.Count > 0 ? Percentile.Inc(results.Values, options.HighQuantile) : null;
        double? highResidual = residuals.Count > 0 ? Percentile.Inc(residuals.Values, options.ResidualQuantile) : null;

        return contextIndexes
            .Where(c => c.Year == year && c.IsDisadvantaged)
            .OrderBy(c => c.Login, StringComparer.Ordinal)
            .Select(c =>
            {
                double? result = results.TryGetValue(c.Login, out var r) ? r : null;
                double? residual = result is not null && residuals.TryGetValue(c.Login, out var e) ? e : null;
                return new ResilienceEntry(
                    year,
                    c.Login,
                    IsDisadvantaged: true,
                    c.Index,
                    result,
                    residual,
                    ResilientByQuartile: result >= highResult,
                    ResilientByValueAdded: residual >= highResidual,
                    StablyResilient: false,
                    ObjectivityFlag: false,
                    ExcludedForObjectivity: false);
            })
            .ToList();
    }

    /// <summary>
    /// Stably resilient in Y: resilient in at least MinResilientYears of the window ending with Y and no
    /// objectivity flag in any window year. A school that qualifies except for a flag is kept with
    /// ExcludedForObjectivity; one that qualifies without being ШФНСУ in Y is added with IsDisadvantaged false.
    /// </summary>
    public static IReadOnlyList<ResilienceEntry> ApplyStability(
        IReadOnlyList<ResilienceEntry> yearly,
        IReadOnlyCollection<int> years,
        IReadOnlySet<(int Year, string Login)> flagged,
        IReadOnlyList<ContextIndexEntry> contextIndexes,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        AnalyticsOptions options)
    {
        var resilient = yearly.Where(e => e.Resilient).Select(e => (e.Year, e.Login)).ToHashSet();
        var context = contextIndexes.ToDictionary(c => (c.Year, c.Login), c => c.Index);
        var results = resultIndexes.ToDictionary(r => (r.Year, r.Login), r => (double?)r.Index);
        var logins = resilient.Select(k => k.Login).Distinct().ToList();

        var output = yearly
            .Select(e => e with { ObjectivityFlag = flagged.Contains((e.Year, e.Login)) })
            .ToDictionary(e => (e.Year, e.Login));
        foreach (var year in years)
        {
            var window = Enumerable.Range(year - options.StableWindowYears + 1, options.StableWindowYears).ToList();
            foreach (var login in logins)
            {
                if (window.Count(y => resilient.Contains((y, login))) < options.MinResilientYears)
                {
                    continue;
                }

                var excluded = window.Any(y => flagged.Contains((y, login)));
                var entry = output.TryGetValue((year, login), out var existing)
                    ? existing
                    : new ResilienceEntry(
                        year,
                        login,
                        IsDisadvantaged: false,
                        context.GetValueOrDefault((year, login)),
                        results.GetValueOrDefault((year, login)),
                        Residual: null,
                        ResilientByQuartile: false,
                        ResilientByValueAdded: false,
                        StablyResilient: false,
                        flagged.Contains((year, login)),
                        ExcludedForObjectivity: false);
                output[(year, login)] = entry with { StablyResilient = !excluded, ExcludedForObjectivity = excluded };
            }
        }

        return output.Values
            .OrderBy(e => e.Year)
            .ThenBy(e => e.Login, StringComparer.Ordinal)
            .ToList();
    }
}
