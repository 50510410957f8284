using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

/// <summary>SPEC §13 «ШНОР dynamics»: the low rate, every transition, «нет данных» and SHNOR_EXIT.</summary>
public class ShnorDynamicsTests
{
    private static readonly DateOnly AsOf = new(2025, 9, 1);

    // Low in both core procedures; «2» share 40 %, or 5 % when not low.
    private static IEnumerable<MarkShares> Year(int year, string login, bool mathLow, bool russianLow, int participants = 20) =>
    [
        LowShare(year, login, Math5, mathLow ? 40 : 5, participants),
        LowShare(year, login, Russian5, russianLow ? 40 : 5, participants),
    ];

    /// <summary>
    /// 2022–2024, so both 2023 and 2024 can hold «ШНОР» (ground B needs the year before). In 2023 stays, leaves, risk,
    /// nodata and leaves-to-risk are «ШНОР» (both procedures low in 2022 and 2023); enters has one low procedure.
    /// </summary>
    private static AnalyticsInput Region() => Input(
        schools: [School("stays"), School("leaves"), School("enters"), School("risk"), School("nodata"), School("to-risk", "Гатчинский")],
        marks:
        [
            .. Year(2022, "stays", true, true), .. Year(2023, "stays", true, true), .. Year(2024, "stays", true, true),
            .. Year(2022, "leaves", true, true), .. Year(2023, "leaves", true, true), .. Year(2024, "leaves", false, false),
            .. Year(2022, "enters", false, false), .. Year(2023, "enters", true, false), .. Year(2024, "enters", true, true),
            // «группа риска» in 2023 by ground A alone (nothing low in 2022); not listed in 2024.
            .. Year(2022, "risk", false, false), .. Year(2023, "risk", true, true), .. Year(2024, "risk", false, false),
            // No counted procedure in 2024: 9 participants each.
            .. Year(2022, "nodata", true, true), .. Year(2023, "nodata", true, true), .. Year(2024, "nodata", true, true, participants: 9),
            // 2024: Математика low again (ground B), Русский язык not (no ground A) → «группа риска».
            .. Year(2022, "to-risk", true, true), .. Year(2023, "to-risk", true, true), .. Year(2024, "to-risk", true, false),
        ]);

    [Fact]
    public void Every_school_with_a_status_in_either_year_gets_its_transition_and_low_rates()
    {
        var result = AnalyticsEngine.Compute(Region(), Options, AsOf);

        result.ShnorTransitions.Select(t => (t.Year, t.Login, t.PreviousStatus, t.Status, t.Change)).Should().Equal(
            (2024, "enters", (ShnorStatus?)null, (ShnorStatus?)ShnorStatus.Shnor, ShnorChange.Entered),
            (2024, "leaves", ShnorStatus.Shnor, null, ShnorChange.Left),
            (2024, "nodata", ShnorStatus.Shnor, null, ShnorChange.NoData),
            (2024, "risk", ShnorStatus.RiskGroup, null, ShnorChange.Outside),
            (2024, "stays", ShnorStatus.Shnor, ShnorStatus.Shnor, ShnorChange.Stays),
            (2024, "to-risk", ShnorStatus.Shnor, ShnorStatus.RiskGroup, ShnorChange.Left));

        // Low rate = Σ «2» / Σ participants: 2 × 20 × 40 % of 40 = 40 %; one procedure low: (8 + 1) / 40 = 22.5 %; none: 5 %.
        var leaves = result.ShnorTransitions.Single(t => t.Login == "leaves");
        (leaves.PreviousLowRate, leaves.LowRate).Should().Be((40.0, 5.0));
        leaves.LowRateChange.Should().Be(-35);
        var enters = result.ShnorTransitions.Single(t => t.Login == "enters");
        (enters.PreviousLowRate, enters.LowRate, enters.LowRateChange).Should().Be((22.5, 40.0, 17.5));
        var noData = result.ShnorTransitions.Single(t => t.Login == "nodata");
        (noData.PreviousLowRate, noData.LowRate, noData.LowRateChange).Should().Be((40.0, (double?)null, (double?)null));
    }

    [Fact]
    public void Shnor_exit_counts_the_previous_years_shnor_schools_judged_this_year_and_sums_the_region()
    {
        var result = AnalyticsEngine.Compute(Region(), Options, AsOf);

        // Лужский: «ШНОР» in 2023 and judged in 2024: stays, leaves (nodata has no counted procedure) → 1 of 2.
        // Гатчинский: to-risk, «группа риска» in 2024 is not «ШНОР» → 1 of 1. Region Σ/Σ: 2 of 3, not the mean 75 %.
        var exits = result.Indicators.Where(v => v.Code == IndicatorCodes.ShnorExit).ToList();
        exits.Select(v => (v.Municipality, v.Date, v.Numerator, v.Denominator)).Should().Equal(
            ("Гатчинский", new DateOnly(2024, 6, 30), 1.0, 1.0),
            ("Лужский", new DateOnly(2024, 6, 30), 1.0, 2.0),
            ("Ленинградская область", new DateOnly(2024, 6, 30), 2.0, 3.0));
        exits[^1].Value.Should().BeApproximately(200.0 / 3, 1e-12);
    }

    [Fact]
    public void A_municipality_without_shnor_schools_last_year_has_no_shnor_exit_and_the_first_years_get_no_dynamics()
    {
        // Only 2023–2024: 2023 cannot hold «ШНОР» (no 2022), so 2024's «ШНОР» schools cannot be said to have entered.
        var input = Input(
            schools: [School("a"), School("b", "Гатчинский")],
            marks: [.. Year(2023, "a", true, true), .. Year(2024, "a", true, true), .. Year(2023, "b", false, false), .. Year(2024, "b", false, false)]);

        var result = AnalyticsEngine.Compute(input, Options, AsOf);

        result.Shnor.Should().Contain(s => s.Year == 2024 && s.Login == "a" && s.Status == ShnorStatus.Shnor);
        result.ShnorTransitions.Should().BeEmpty();
        result.Indicators.Should().NotContain(v => v.Code == IndicatorCodes.ShnorExit);
        result.Messages.Should().Contain("Динамика ШНОР и показатель SHNOR_EXIT за 2024 год не рассчитаны: статус «ШНОР» за 2023 год не присваивался (нет результатов за 2022 год)");

        // With 2022 as well, Гатчинский (no «ШНОР» school in 2023) still gets no SHNOR_EXIT: its denominator is 0.
        var longer = Input(
            schools: [School("a"), School("b", "Гатчинский")],
            marks: [.. Year(2022, "a", true, true), .. input.VprMarks, .. Year(2022, "b", false, false)]);
        AnalyticsEngine.Compute(longer, Options, AsOf).Indicators.Where(v => v.Code == IndicatorCodes.ShnorExit)
            .Select(v => v.Municipality).Should().Equal("Лужский", "Ленинградская область");
    }

    [Fact]
    public void The_low_rate_mixes_individual_works_marks_statistics_oge_and_ege_over_counted_procedures_only()
    {
        // ВПР Математика 5 individual: 12 works, 4 «2»; ВПР Русский язык 5 marks: 20 participants, 30 % «2» → 6;
        // ОГЭ Русский язык individual: 10 works, 1 «2»; ЕГЭ Математика профильная: 15 participants, 3 below the minimum;
        // ВПР Математика 6 marks with 9 participants is not counted. (4 + 6 + 1 + 3) / (12 + 20 + 10 + 15) = 14 / 57.
        var results = ProcedureResults.Compute(
            WorkGroup.Of([.. Works(2024, "a", Math5, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5), .. Works(2024, "a", OgeRussian, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5)]),
            [LowShare(2024, "a", Russian5, 30, participants: 20), LowShare(2024, "a", Math6, 100, participants: 9)],
            [new EgeSchoolResult(2024, "a", "Математика профильная", 15, 55, 3)],
            Options);

        var rate = ShnorDynamics.LowRates(results)[(2024, "a")];

        rate.Low.Should().Be(14);
        rate.Participants.Should().Be(57);
        rate.Percent.Should().BeApproximately(1400.0 / 57, 1e-12);
    }
}
