using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Reference;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

/// <summary>SPEC §11 «Reported indicators»: loaded values join the computed ones, with the region's value by its own rule.</summary>
public sealed class ReportedIndicatorsTests
{
    private static readonly DateOnly Dec31 = new(2024, 12, 31);
    private static readonly IReadOnlyList<string> Eighteen = [.. MunicipalityDirectory.LoadDefault().All.Select(m => m.Name)];

    private static IEnumerable<ReportedValue> EveryMunicipality(Func<int, ReportedValue> row) => Eighteen.Select((_, i) => row(i + 1));

    private static IReadOnlyList<IndicatorValue> Compute(IEnumerable<ReportedValue> reported, List<string>? messages = null) =>
        ReportedIndicators.Compute([.. reported], Eighteen, messages ?? []);

    [Fact]
    public void The_region_share_is_the_sum_of_numerators_over_the_sum_of_denominators_of_all_eighteen_municipalities()
    {
        // Municipality i (1..18): i·10 certificates of 100 + i children. Σ numerators = 10·171 = 1710,
        // Σ denominators = 1800 + 171 = 1971; region = 1710 / 1971 × 100 = 86.7580%, not the mean of the 18 shares (84.6996).
        var values = Compute(EveryMunicipality(i => new ReportedValue("PFDO", Eighteen[i - 1], Dec31, null, i * 10, 100 + i, "%")));

        var region = values.Single(v => v.Municipality == Labels.Region);
        region.Numerator.Should().Be(1710);
        region.Denominator.Should().Be(1971);
        region.Value.Should().BeApproximately(86.7580, 1e-4);
        region.Unit.Should().Be("%");
        // «Бокситогорский район» is the first of the list: 10 / 101 × 100 = 9.90099%.
        values.Single(v => v.Municipality == "Бокситогорский район").Value.Should().BeApproximately(9.90099, 1e-5);
    }

    [Fact]
    public void The_region_count_is_the_sum_of_the_eighteen_municipal_counts()
    {
        // 100 + i participants in municipality i: Σ = 1800 + 171 = 1971.
        var values = Compute(EveryMunicipality(i => new ReportedValue("BILET", Eighteen[i - 1], Dec31, 100 + i, null, null, "чел.")));

        var region = values.Single(v => v.Municipality == Labels.Region);
        region.Value.Should().Be(1971);
        region.Numerator.Should().BeNull();
        region.Denominator.Should().BeNull();
        region.Unit.Should().Be("чел.");
    }

    [Fact]
    public void Without_one_municipality_the_region_has_no_value_and_the_computation_says_why()
    {
        var messages = new List<string>();
        var values = Compute(EveryMunicipality(i => new ReportedValue("BILET", Eighteen[i - 1], Dec31, 100 + i, null, null, "чел.")).Skip(1), messages);

        values.Should().HaveCount(17).And.NotContain(v => v.Municipality == Labels.Region);
        messages.Should().Equal("Показатель BILET на 31.12.2024: нет значений 1 муниципалитетов из 18 и нет строки по региону — значение по региону не рассчитано");
    }

    [Fact]
    public void Percents_given_as_plain_values_are_never_summed_the_region_comes_only_from_its_own_row()
    {
        var messages = new List<string>();
        var plain = EveryMunicipality(i => new ReportedValue("SPO_MONITORING", Eighteen[i - 1], Dec31, 80 + i, null, null, "%")).ToList();

        Compute(plain, messages).Should().NotContain(v => v.Municipality == Labels.Region);
        messages.Should().ContainSingle().Which.Should().Contain("проценты не суммируются");

        var withRegion = Compute(plain.Append(new ReportedValue("SPO_MONITORING", Labels.Region, Dec31, 87.5, null, null, "%")));
        withRegion.Single(v => v.Municipality == Labels.Region).Value.Should().Be(87.5);
    }

    [Fact]
    public void A_region_row_of_the_file_is_the_region_value_even_when_every_municipality_has_one()
    {
        var rows = EveryMunicipality(i => new ReportedValue("BILET", Eighteen[i - 1], Dec31, 100, null, null, "чел."))
            .Append(new ReportedValue("BILET", Labels.Region, Dec31, 2500, null, null, "чел."));

        Compute(rows).Where(v => v.Municipality == Labels.Region).Select(v => v.Value).Should().Equal(2500);
    }

    [Fact]
    public void A_reported_indicator_gets_its_target_status_as_of_any_date_like_a_computed_one()
    {
        // Region row: 40 on 31.12.2023, 60 on 31.12.2024; target ≥ 50 by 31.12.2024.
        // As of 30.06.2024: latest value ≤ min(D, as-of) is 40 < 50, D is ahead, one value → flat projection 40 → «риск».
        // As of 31.12.2024: latest value is 60 ≥ 50 → «достигнут».
        // As of 31.12.2024 with 45 instead of 60: 45 < 50 and D ≤ as-of → «не достигнут».
        var target = new Target("BILET", "Участники «Билета в будущее», чел.", Labels.Region, Dec31, 50, TargetCondition.AtLeast);
        AnalyticsInput Reported(double last) => Input(targets: [target]) with
        {
            Reported = [new("BILET", Labels.Region, new DateOnly(2023, 12, 31), 40, null, null, "чел."), new("BILET", Labels.Region, Dec31, last, null, null, "чел.")],
        };

        var early = AnalyticsEngine.Compute(Reported(60), Options, new DateOnly(2024, 6, 30)).Targets.Single();
        early.Status.Should().Be(AttainmentStatus.AtRisk);
        early.Value.Should().Be(40);
        early.Projection.Should().Be(40);

        AnalyticsEngine.Compute(Reported(60), Options, Dec31).Targets.Single().Status.Should().Be(AttainmentStatus.Achieved);
        AnalyticsEngine.Compute(Reported(45), Options, Dec31).Targets.Single().Status.Should().Be(AttainmentStatus.NotAchieved);
    }

    [Fact]
    public void Reported_values_join_the_computed_ones_in_the_engine_result()
    {
        var input = Input(coverage: [new CoverageRow(Dec31, "Лужский район", 100, 50, 10, 20, 5)]) with
        {
            Reported = [new("SPO_MONITORING", Labels.Region, Dec31, 87.5, null, null, "%")],
        };

        var codes = AnalyticsEngine.Compute(input, Options, Dec31).Indicators.Select(v => v.Code).Distinct();

        codes.Should().Equal("DOP_5_18", "DOP_OVZ", "DOP_TECH", "SPO_MONITORING");
    }
}
