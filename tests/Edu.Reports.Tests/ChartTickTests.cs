using System.Globalization;
using Edu.Analytics.Charts;
using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Reports.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Edu.Reports.Tests;

/// <summary>
/// Every chart definition, rendered on a thread whose culture is American, writes its axes as a Russian reader does:
/// ДД.ММ.ГГГГ (or a month's name, or a year), decimal commas, thousands separated by a space — the one culture of
/// <see cref="ChartStyle"/>, not the server's. And a target chart as of a past date draws nothing after that date.
/// </summary>
public sealed class ChartTickTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    // A number: thousands separated by a space, a decimal comma; a date: ДД.ММ.ГГГГ, «июл 2025» or «2025».
    private const string Number = @"^-?\d{1,3}( \d{3})*(,\d+)?$";
    private const string Date = @"^(\d\d\.\d\d\.\d{4}|(янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек) \d{4}|\d{4})$";

    public static TheoryData<string> Charts => new(Figures().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_axis_speaks_russian_whatever_the_servers_culture(string chart)
    {
        var labels = InAmerican(() => Labels(chart));

        labels.Should().NotBeEmpty();
        labels.Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l.Label, l.IsDate ? Date : Number),
            "every tick of {0} is a Russian number or date", chart);
    }

    [Fact]
    public void Numeric_ticks_have_decimal_commas_and_thousands_separated_by_a_space()
    {
        var schools = InAmerican(() => Labels("schools")).Select(l => l.Label).ToList();
        schools.Should().Contain(l => l.Contains(' ', StringComparison.Ordinal), "2 500 schools make thousands on the axis");
        var scatter = InAmerican(() => Labels("scatter")).Select(l => l.Label).ToList();
        scatter.Should().Contain(l => l.Contains(',', StringComparison.Ordinal)).And.NotContain(l => l.Contains('.', StringComparison.Ordinal));
        ChartStyle.Number(2500.75).Should().Be("2 500,75");
        ChartStyle.Number(-0.5).Should().Be("-0,5");
    }

    [Fact]
    public void Date_ticks_are_russian_dates()
    {
        var dates = InAmerican(() => Labels("trend")).Where(l => l.IsDate).Select(l => l.Label).ToList();
        dates.Should().NotBeEmpty().And.OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, Date));
        dates.Should().NotContain(l => l.Contains('/', StringComparison.Ordinal) || l.Contains(':', StringComparison.Ordinal));
        ChartStyle.Date(new DateTime(2025, 7, 1)).Should().Be("июл 2025");
    }

    [Fact]
    public void A_target_chart_as_of_a_past_date_draws_no_value_after_it()
    {
        // The dataset holds a value after the date, as a caller could pass; the chart still draws only what the status knew.
        using var figure = IndicatorTrendChart.Draw(Trend() with { Values = [.. Trend().Values, new IndicatorPoint(new DateOnly(2026, 1, 1), 90)] });
        figure.Png(900, PngEncoding.Fast);

        var limit = AsOf.ToDateTime(TimeOnly.MinValue).ToOADate();
        var scatter = figure.Plot.GetPlottables().OfType<Scatter>().Single();
        scatter.Data.GetScatterPoints().Should().OnlyContain(p => p.X <= limit).And.HaveCount(2);
        // The projection starts from the last value on or before the date (01.01.2025, 60) and reaches the deadline.
        var projection = figure.Plot.GetPlottables().OfType<LinePlot>().Single(l => l.LegendText == "прогноз на срок");
        projection.Start.X.Should().Be(new DateTime(2025, 1, 1).ToOADate());
        projection.Start.Y.Should().Be(60);
        projection.End.X.Should().Be(new DateTime(2026, 12, 31).ToOADate());
        figure.Plot.GetPlottables().OfType<VerticalLine>().Single().X.Should().Be(limit);
    }

    [Fact]
    public void The_report_target_chart_shows_the_current_value_against_the_current_target_and_says_which()
    {
        // Two targets: 31.12.2019 (passed) and 31.12.2026 (ahead); values of 2019 and 2025.
        var early = new Target("DOP_5_18", "Охват", null, new DateOnly(2019, 12, 31), 70, TargetCondition.AtLeast);
        var late = new Target("DOP_5_18", "Охват", null, new DateOnly(2026, 12, 31), 80, TargetCondition.AtLeast);
        IndicatorValue[] values = [new("DOP_5_18", "Лужский район", new DateOnly(2019, 6, 1), 50, 100), new("DOP_5_18", "Лужский район", new DateOnly(2025, 9, 1), 75, 100)];
        var asOf = new DateOnly(2025, 10, 31);
        var statuses = Attainment.Compute([early, late], values, ["Лужский район"], asOf, new Analytics.AnalyticsOptions());

        var chart = TargetAttainment.Of(statuses, values, asOf).Single();

        chart.Deadline.Should().Be(late.Deadline, "the nearest deadline not passed is the current target");
        chart.CurrentOf("Лужский район")!.Value.Should().Be(75, "the value as of 31.10.2025, not the one at a 2019 deadline");
        using var figure = AttainmentChart.Draw(chart);
        figure.Plot.GetPlottables().OfType<BarPlot>().Single().Bars.First().Value.Should().Be(75);
        figure.Plot.Axes.Bottom.Label.Text.Should().Contain("31.10.2025").And.Contain("цель к 31.12.2026").And.Contain("ближайший срок");

        var allPassed = TargetAttainment.Of(statuses.Where(s => s.Target == early), values, asOf).Single();
        allPassed.Deadline.Should().Be(early.Deadline);
        allPassed.CurrentOf("Лужский район")!.Value.Should().Be(75);
        AttainmentChart.Which(allPassed).Should().Contain("последний срок, прошёл");
    }

    private static IndicatorTrend Trend()
    {
        var target = new Target("DOP_5_18", "Доля детей 5–18 лет, охваченных дополнительным образованием", "Лужский район", new DateOnly(2026, 12, 31), 1250.5, TargetCondition.AtLeast);
        IndicatorPoint[] values = [new(new DateOnly(2024, 1, 1), 55.25), new(new DateOnly(2025, 1, 1), 60)];
        var status = Attainment.Evaluate(target, "Лужский район", values.Select(v => (v.Date, v.Value)).ToList(), AsOf, new Analytics.AnalyticsOptions());
        return new IndicatorTrend("DOP_5_18", target.IndicatorName, "Лужский район", AsOf, values, [status]);
    }

    private static IEnumerable<(string Name, Func<ChartFigure> Draw)> Figures()
    {
        ScatterSchool[] schools =
        [
            new("a", -1.25, -0.75, true, true, null), new("b", 0.5, 0.25, false, false, ShnorStatus.Shnor), new("c", 1.75, 1.5, false, false, null),
        ];
        yield return ("trend", () => IndicatorTrendChart.Draw(Trend()));
        yield return ("scatter", () => ContextScatterChart.Draw(ContextScatter.Of(2025, schools)));
        yield return ("schools", () => SchoolsChart.Draw([new MunicipalitySchools("Лужский район", 1200, 1300), new MunicipalitySchools("Гатчинский район", 40, 60)]));
        yield return ("shnor", () => ShnorChart.Draw([new MunicipalityShnor("Лужский район", 3, 4), new MunicipalityShnor("Гатчинский район", 1, 0)], 2025));
        yield return ("marks", () => MarksChart.Draw([new MarksBar("ВПР · Математика · 5", 120, new PerMark(12.5, 40.25, 30, 17.25))], 2025, "Лужский район"));
        yield return ("school", () => SchoolTrendChart.Draw(new SchoolTrend("sch470001", "Лужский район",
            [new(2023, 0.25, 12.5, 0, 10), new(2024, -0.5, 31.25, 0.1, 11.5), new(2025, -0.75, 35, 0.05, 12)]), "МОУ «Лужская СОШ № 1»"));
        var target = new Target("DOP_5_18", "Охват", null, new DateOnly(2026, 12, 31), 75.5, TargetCondition.AtLeast);
        var statuses = Attainment.Compute([target], [new IndicatorValue("DOP_5_18", "Лужский район", new DateOnly(2025, 9, 1), 7250, 10000)], ["Лужский район"], AsOf, new Analytics.AnalyticsOptions());
        yield return ("attainment", () => AttainmentChart.Draw(TargetAttainment.Of(statuses, [new IndicatorValue("DOP_5_18", "Лужский район", new DateOnly(2025, 9, 1), 7250, 10000)], AsOf).Single()));
    }

    /// <summary>The labels of every axis with numbers or dates (names of municipalities and procedures are not ticks to check).</summary>
    private static List<(string Label, bool IsDate)> Labels(string chart)
    {
        using var figure = Figures().Single(f => f.Name == chart).Draw();
        figure.Png(900, PngEncoding.Fast);
        var axes = new IAxis[] { figure.Plot.Axes.Bottom, figure.Plot.Axes.Left, figure.Plot.Axes.Right };
        // The school's chart counts years on its bottom axis: they are dates, written «2025».
        bool Dates(IAxis axis) => axis.TickGenerator is IDateTimeTickGenerator || (chart == "school" && axis == figure.Plot.Axes.Bottom);
        return axes.Where(a => a.TickGenerator is not NumericManual)
            .SelectMany(a => a.TickGenerator.Ticks.Where(t => t.IsMajor && t.Label.Length > 0).Select(t => (t.Label, Dates(a))))
            .ToList();
    }

    private static T InAmerican<T>(Func<T> draw)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            return draw();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
