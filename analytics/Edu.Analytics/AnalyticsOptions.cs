using System.ComponentModel.DataAnnotations;
using Edu.Analytics.Methods;

namespace Edu.Analytics;

/// <summary>Every threshold of SPEC §4, bound from the configuration section «Analytics».</summary>
public sealed class AnalyticsOptions : IValidatableObject
{
    public const string SectionName = "Analytics";

    // A school-procedure-year with fewer participants is «недостаточно данных» and in no rule.
    [Range(1, 10_000)]
    public int MinParticipants { get; set; } = 10;

    // Low share (percent of «2», or of ЕГЭ participants below the minimum) at or above which a procedure is low.
    [Range(0.0, 100.0)]
    public double LowShareThresholdPct { get; set; } = 30;

    // ШНОР ground A: this many low procedures in the same year.
    [Range(1, 1_000)]
    public int MinLowProcedures { get; set; } = 2;

    // ШФНСУ: context index at or below this quantile of the year.
    [Range(0.0, 1.0)]
    public double DisadvantagedQuantile { get; set; } = 0.25;

    // Resilient (quartile method) and stably high: result index at or above this quantile.
    [Range(0.0, 1.0)]
    public double HighQuantile { get; set; } = 0.75;

    // Resilient (value-added method): model residual at or above this quantile of the residuals.
    [Range(0.0, 1.0)]
    public double ResidualQuantile { get; set; } = 0.75;

    // A school needs at least this many of the six context shares to get a context index.
    [Range(1, 6)]
    public int MinContextShares { get; set; } = 3;

    // Context index weights of the six shares; equal by default, zero leaves a share out.
    [Range(0.0, 100.0)]
    public double WeightLowIncome { get; set; } = 1;

    [Range(0.0, 100.0)]
    public double WeightOvz { get; set; } = 1;

    [Range(0.0, 100.0)]
    public double WeightNonNative { get; set; } = 1;

    [Range(0.0, 100.0)]
    public double WeightParentsHigherEd { get; set; } = 1;

    [Range(0.0, 100.0)]
    public double WeightSingleParent { get; set; } = 1;

    [Range(0.0, 100.0)]
    public double WeightStaffing { get; set; } = 1;

    // Value-added model: a predictor missing for more than this share of the year's schools is left out.
    [Range(0.0, 1.0)]
    public double MaxMissingPredictorShare { get; set; } = 0.5;

    // Value-added model: LeastSquares solves the normal equations exactly (seconds at country scale);
    // MlNetSdca fits with ML.NET's SDCA trainer refined towards them (minutes). The settings below are SDCA's.
    public RegressionMethod RegressionMethod { get; set; } = RegressionMethod.LeastSquares;

    // Value-added model: at most this many SDCA passes over the data in one refinement round.
    [Range(10, 100_000)]
    public int RegressionMaxIterations { get; set; } = 1_000;

    // Value-added model: SDCA's L2 penalty times the number of schools (λ = this / n), on standardized data.
    [Range(0.01, 100.0)]
    public double RegressionPenaltyTimesSchools { get; set; } = 4;

    // Value-added model: at most this many rounds of refitting the residuals, which take the fit to least squares.
    [Range(1, 1_000)]
    public int RegressionMaxRefinements { get; set; } = 60;

    // Value-added model: ML.NET seed, fixed so that two runs give the same residuals.
    public int RegressionSeed { get; set; } = 47;

    // Stable lists look at this many years ending with the current one (Y−2, Y−1, Y).
    [Range(1, 20)]
    public int StableWindowYears { get; set; } = 3;

    // Stably resilient: resilient by either method in at least this many years of the window.
    [Range(1, 20)]
    public int MinResilientYears { get; set; } = 2;

    // Regional support project: schools selected region-wide after each municipality's best.
    [Range(0, 10_000)]
    public int ExtraSelected { get; set; } = 11;

    // Mentoring: a mentor takes at most this many ШНОР schools a year.
    [Range(1, 100)]
    public int MentorCapacity { get; set; } = 2;

    // Journal mismatch: Spearman correlation is judged only over at least this many pairs.
    [Range(3, 10_000)]
    public int MinSpearmanPairs { get; set; } = 10;

    // Journal mismatch: flagged when Spearman correlation is below this value.
    [Range(-1.0, 1.0)]
    public double SpearmanThreshold { get; set; } = 0;

    // Marks vs journal: flagged when lowered + raised reach this percent of participants with both marks.
    [Range(0.0, 100.0)]
    public double MarksVsJournalThresholdPct { get; set; } = 50;

    // Inflated mean: z of the 95% confidence interval of a mean primary score.
    [Range(0.0, 10.0)]
    public double ConfidenceZ { get; set; } = 1.96;

    // Inflated mean: other results confirm a high mean when their weighted z is at least this.
    [Range(-10.0, 10.0)]
    public double ConfirmingZ { get; set; } = 0;

    // Inflated mean does not apply to these school types (separated by «;»; any spelling the registry accepts, SchoolTypes.Same).
    [Required(AllowEmptyStrings = true)]
    public string ExemptSchoolTypes { get; set; } = "гимназия;лицей";

    // SHNOR_SHARE and OBJECTIVITY of year Y are dated this month and day of Y (30 June).
    [Range(1, 12)]
    public int YearValueMonth { get; set; } = 6;

    [Range(1, 31)]
    public int YearValueDay { get; set; } = 30;

    // Task results: a task whose solve rate (%) is below this is «ниже 50 %» for a school, a municipality or the region.
    [Range(0.0, 100.0)]
    public double TaskMasteryRate { get; set; } = 50;

    // Task results: a school «отстаёт» on a task when the region's rate is at least this many percentage points above its own.
    [Range(0.0, 100.0)]
    public double TaskGapPoints { get; set; } = 15;

    // Target projection: the least-squares line goes through at most this many latest values.
    [Range(1, 100)]
    public int ProjectionPoints { get; set; } = 3;

    public IReadOnlySet<string> ExemptTypes =>
        ExemptSchoolTypes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public DateOnly YearValueDate(int year) => new(year, YearValueMonth, YearValueDay);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        double[] weights = [WeightLowIncome, WeightOvz, WeightNonNative, WeightParentsHigherEd, WeightSingleParent, WeightStaffing];
        if (weights.Count(w => w > 0) < MinContextShares)
        {
            yield return new ValidationResult(
                "Ненулевых весов контекстных показателей меньше, чем MinContextShares: индекс ИСБШ не получит ни одна школа.",
                [nameof(MinContextShares)]);
        }

        if (MinResilientYears > StableWindowYears)
        {
            yield return new ValidationResult(
                "MinResilientYears больше StableWindowYears: стабильно резильентных школ не будет.",
                [nameof(MinResilientYears)]);
        }

        if (YearValueDay > DateTime.DaysInMonth(2001, YearValueMonth))
        {
            yield return new ValidationResult("YearValueDay не существует в месяце YearValueMonth.", [nameof(YearValueDay)]);
        }
    }
}
