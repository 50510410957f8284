using System.Globalization;
using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>Value-added model of a year: result index on the context shares, the rural flag and ln(enrolment).</summary>
public static class ValueAdded
{
    public const string RuralPredictor = "Сельская местность";
    public const string EnrolmentPredictor = "ln(численность обучающихся)";

    // Intercept plus at least one degree of freedom left for the residuals.
    private const int SchoolsBeyondPredictors = 2;

    public sealed record Outcome(ValueAddedModel? Model, IReadOnlyDictionary<string, double> Residuals, string? Problem);

    private sealed record Predictor(string Name, Func<string, double?> Value);

    public static Outcome Compute(
        int year,
        IReadOnlyList<ResultIndexEntry> resultIndexes,
        IReadOnlyList<SchoolContext> contexts,
        IReadOnlyDictionary<string, SchoolInfo> schools,
        AnalyticsOptions options)
    {
        var results = resultIndexes.Where(r => r.Year == year).ToDictionary(r => r.Login, r => r.Index);
        var context = contexts.Where(c => c.Year == year).GroupBy(c => c.Login).ToDictionary(g => g.Key, g => g.Last());
        var population = results.Keys.Order(StringComparer.Ordinal).ToList();

        var candidates = ContextShares.All
            .Select(s => new Predictor(s.Name, login => context.TryGetValue(login, out var c) ? s.Value(c) : null))
            .Append(new Predictor(RuralPredictor, login => schools.TryGetValue(login, out var s) && s.IsRural is { } rural ? (rural ? 1 : 0) : null))
            .Append(new Predictor(EnrolmentPredictor, login =>
                schools.TryGetValue(login, out var s) && s.Enrolment is > 0 ? Math.Log(s.Enrolment.Value) : null))
            .ToList();

        var kept = candidates.Where(p => Usable(p, population, options)).ToList();
        if (kept.Count == 0)
        {
            return new Outcome(null, new Dictionary<string, double>(), "нет ни одного пригодного предиктора");
        }

        var sample = population
            .Select(login => (Login: login, X: kept.Select(p => p.Value(login)).ToArray()))
            .Where(s => s.X.All(v => v is not null))
            .Select(s => (s.Login, X: s.X.Select(v => v!.Value).ToArray(), Y: results[s.Login]))
            .ToList();
        var needed = kept.Count + SchoolsBeyondPredictors;
        if (sample.Count < needed)
        {
            return new Outcome(
                null,
                new Dictionary<string, double>(),
                string.Create(CultureInfo.InvariantCulture, $"школ со всеми предикторами {sample.Count}, нужно не меньше {needed}"));
        }

        var fit = LinearRegression.Fit(sample.Select(s => s.X).ToList(), sample.Select(s => s.Y).ToList(), options);
        var residuals = sample.ToDictionary(s => s.Login, s => s.Y - fit.Predict(s.X));
        var meanY = sample.Average(s => s.Y);
        var total = sample.Sum(s => (s.Y - meanY) * (s.Y - meanY));
        var unexplained = residuals.Values.Sum(r => r * r);
        var rSquared = total > 0 ? 1 - (unexplained / total) : 0;

        var model = new ValueAddedModel(year, kept.Select(p => p.Name).ToList(), fit.Coefficients, fit.Intercept, sample.Count, rSquared);
        return new Outcome(model, residuals, null);
    }

    private static bool Usable(Predictor predictor, IReadOnlyList<string> population, AnalyticsOptions options)
    {
        var present = population.Select(predictor.Value).Where(v => v is not null).Select(v => v!.Value).ToList();
        var missing = population.Count - present.Count;
        return missing <= options.MaxMissingPredictorShare * population.Count && present.Distinct().Count() > 1;
    }
}
