using Edu.Analytics.Model;
using Microsoft.Extensions.Time.Testing;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class AnalyticsEngineTests
{
    private static readonly DateOnly AsOf = new(2024, 9, 1);
    private static readonly string[] Municipalities = ["Лужский", "Кировский", "Выборгский"];

    [Fact]
    public void EmptyInputGivesMessagesNotExceptions()
    {
        var result = AnalyticsEngine.Compute(AnalyticsInput.Empty, Options, AsOf);

        result.ProcedureResults.Should().BeEmpty();
        result.Messages.Should().Contain(m => m.StartsWith("Нет результатов ВПР, ОГЭ и ЕГЭ", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Нет данных об охвате", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Нет целевых показателей", StringComparison.Ordinal));
    }

    [Fact]
    public void OneYearWithoutContextOrIndividualVprSaysWhatIsNotComputed()
    {
        // Two low procedures in 2024 → ground A only → «группа риска»; nothing else can be judged.
        var input = Input(
            schools: [School("a"), School("b")],
            marks:
            [
                LowShare(2024, "a", Math5, 40), LowShare(2024, "a", Russian5, 40),
                LowShare(2024, "b", Math5, 0), LowShare(2024, "b", Russian5, 0),
            ]);

        var result = AnalyticsEngine.Compute(input, Options, AsOf);

        result.Messages.Should().Contain([
            "Только один год данных: основание Б и стабильные списки не рассчитываются",
            "Нет контекстных данных за 2024 год: индекс ИСБШ и ШФНСУ не рассчитаны",
            "Нет индивидуальных результатов ВПР: признаки необъективности не рассчитаны, стабильные списки составлены без проверки объективности",
        ]);
        // What the works did not allow is scored apart (AnalyticsEngine.Score) but said where it always was: after the context.
        result.Messages.Should().ContainInOrder(
            "Нет контекстных данных за 2024 год: индекс ИСБШ и ШФНСУ не рассчитаны",
            "Нет индивидуальных результатов ВПР: признаки необъективности не рассчитаны, стабильные списки составлены без проверки объективности");
        result.Shnor.Should().ContainSingle().Which.Status.Should().Be(ShnorStatus.RiskGroup);
        result.ContextIndexes.Should().BeEmpty();
        result.Resilience.Should().BeEmpty();
        result.StableHigh.Should().BeEmpty();
        result.Objectivity.Should().BeEmpty();
        // Ground B cannot be judged in the only year, so no SHNOR_SHARE rather than a misleading 0%.
        result.Indicators.Should().NotContain(v => v.Code == "SHNOR_SHARE");
    }

    [Fact]
    public void YearWithoutContextIsNamedWhileTheOtherYearIsComputed()
    {
        var input = Input(
            schools: [School("a"), School("b"), School("c")],
            marks: new[] { 2023, 2024 }.SelectMany(y => new[] { AllMarks(y, "a", Math5, 20, 3), AllMarks(y, "b", Math5, 20, 4), AllMarks(y, "c", Math5, 20, 5) }),
            context: new[] { ("a", 30.0), ("b", 20.0), ("c", 10.0) }.Select(p => new SchoolContext(2023, p.Item1, p.Item2, p.Item2, p.Item2, null, null, null)));

        var result = AnalyticsEngine.Compute(input, Options, AsOf);

        result.Messages.Should().Contain("Нет контекстных данных за 2024 год: индекс ИСБШ и ШФНСУ не рассчитаны")
            .And.NotContain(m => m.Contains("за 2023 год: индекс ИСБШ", StringComparison.Ordinal));
        result.ContextIndexes.Should().OnlyContain(c => c.Year == 2023).And.HaveCount(3);
    }

    [Fact]
    public void ThreeYearRegionRunsEveryMethodAndListsSayWhatObjectivityRemoved()
    {
        var input = Region();

        var result = AnalyticsEngine.Compute(input, Options, AsOf);

        // The four weakest schools are low in both procedures every year: «ШНОР» from 2023 on, each gets a mentor slot.
        result.Shnor.Where(s => s.Year == 2024 && s.Status == ShnorStatus.Shnor).Select(s => s.Login)
            .Should().Equal("s00", "s01", "s02", "s03");
        result.Mentors.Where(m => m.Year == 2024).Select(m => m.MenteeLogin).Should().Equal("s00", "s01", "s02", "s03");
        result.Mentors.Where(m => m.Year == 2024).Should().OnlyContain(m => m.MentorLogin != null);

        // s39 is top every year but its 2023 marks contradict the journal: it stays in the list, excluded.
        result.Objectivity.Should().Contain(o => o.Login == "s39" && o.Year == 2023 && o.MarksVsJournal);
        var stable = result.StableHigh.Where(s => s.Year == 2024).ToDictionary(s => s.Login);
        stable["s39"].Should().BeEquivalentTo(new { ExcludedForObjectivity = true, Selected = false, Rank = (int?)null });
        stable["s36"].Rank.Should().NotBeNull();
        result.Mentors.Should().NotContain(m => m.MentorLogin == "s39");

        result.ContextIndexes.Should().Contain(c => c.IsDisadvantaged);
        result.ValueAddedModels.Select(m => m.Year).Should().Equal(2022, 2023, 2024);
        result.Resilience.Should().NotBeEmpty();
        result.Messages.Should().Contain("Нет результатов за 2021 год: основание Б за 2022 год не рассчитывается, статус «ШНОР» не присваивается")
            .And.NotContain(m => m.StartsWith("Нет контекстных данных", StringComparison.Ordinal))
            .And.NotContain(m => m.StartsWith("Стабильно высокие за 2024", StringComparison.Ordinal));

        // One target with no municipality → three municipalities and the region.
        result.Targets.Select(t => t.Municipality).Should().Equal("Выборгский", "Кировский", "Лужский", "Ленинградская область");
        result.Indicators.Should().Contain(v => v.Code == "OBJECTIVITY" && v.Municipality == "Ленинградская область" && v.Date == new DateOnly(2023, 6, 30));
    }

    [Fact]
    public void ClockOverloadUsesTodayAsTheAsOfDate()
    {
        // Target «не менее 75» by 31.12.2024: on 01.09.2024 the values are 65 → 70, so the status depends on the date.
        var input = Region();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);

        var today = AnalyticsEngine.Compute(input, Options, clock);
        var explicitDate = AnalyticsEngine.Compute(input, Options, new DateOnly(2025, 1, 15));

        today.Targets.Select(t => t.Status).Should().Equal(explicitDate.Targets.Select(t => t.Status));
        today.Targets.Should().OnlyContain(t => t.Status == AttainmentStatus.NotAchieved);
    }

    [Fact]
    public void ResultsOfSchoolsMissingFromTheRegistryAreReported()
    {
        var input = Input(schools: [School("a")], marks: [AllMarks(2024, "a", Math5, 20, 4), AllMarks(2024, "zz", Math5, 20, 3)]);

        var result = AnalyticsEngine.Compute(input, Options, AsOf);

        result.Messages.Should().Contain(m => m.StartsWith("Школы без записи в справочнике ОО (1: zz)", StringComparison.Ordinal));
    }

    [Fact]
    public void SameInputGivesTheSameResult()
    {
        var input = Region();

        var first = AnalyticsEngine.Compute(input, Options, AsOf);
        var second = AnalyticsEngine.Compute(input, Options, AsOf);

        second.Should().BeEquivalentTo(first);
    }

    /// <summary>
    /// 40 schools over 2022–2024 in three municipalities. s00–s03 have 5 «2» of 12 (41.7%) in both procedures;
    /// s36–s39 write almost only «5»; s39's 2023 journal is one mark below every result (100% raised).
    /// Context worsens as the number falls, so the low schools are also ШФНСУ.
    /// </summary>
    private static AnalyticsInput Region()
    {
        var schools = Enumerable.Range(0, 40)
            .Select(i => School($"s{i:D2}", Municipalities[i % 3], i % 3 == 2 ? "Северный" : "Южный", rural: i % 4 == 0, enrolment: 100 + (i * 25)))
            .ToList();
        var works = new List<IndividualWork>();
        var context = new List<SchoolContext>();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            foreach (var (i, login) in schools.Select((s, i) => (i, s.Login)))
            {
                foreach (var (procedure, p) in new[] { (Math5, 0), (Russian5, 1) })
                {
                    var random = new Random((i * 100) + (year * 10) + p);
                    foreach (var mark in MarksFor(i, random))
                    {
                        var journal = i == 39 && year == 2023 ? mark - 1 : mark;
                        works.Add(new IndividualWork(year, login, procedure, (mark * 5) + random.Next(3), mark, journal));
                    }
                }

                context.Add(new SchoolContext(year, login, 40 - i, 5 + (i % 7), i % 5, 10 + i, 30 - (i / 2.0), 80 + (i % 10)));
            }
        }

        var coverage = Municipalities.SelectMany(m => new[]
        {
            new CoverageRow(new DateOnly(2024, 1, 1), m, 1000, 650, 200, 50, 30),
            new CoverageRow(new DateOnly(2024, 6, 1), m, 1000, 700, 220, 50, 35),
        });
        var targets = new[] { new Target("DOP_5_18", "Охват 5–18", null, new DateOnly(2024, 12, 31), 75, TargetCondition.AtLeast) };
        return Input(schools: schools, works: works, context: context, coverage: coverage, targets: targets);
    }

    private static int[] MarksFor(int i, Random random)
    {
        if (i < 4)
        {
            return [2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];
        }

        if (i >= 36)
        {
            return [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4];
        }

        var ability = 0.3 + (i / 60.0);
        return Enumerable.Range(0, 12).Select(_ =>
        {
            var r = random.NextDouble() + ability - 0.5;
            return r < 0.15 ? 2 : r < 0.5 ? 3 : r < 0.85 ? 4 : 5;
        }).ToArray();
    }
}
