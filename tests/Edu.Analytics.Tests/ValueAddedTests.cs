using Edu.Analytics.Methods;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests;

public class ValueAddedTests
{
    private const int Year = 2024;

    /// <summary>
    /// 40 schools with a fixed pseudo-random context. Two shares are complete, «ОВЗ» is missing for 25 of 40
    /// (more than half → dropped), «неродной язык» is a constant 5 (dropped), the other two shares are
    /// missing for 10 schools (kept; those schools are left out of the fit).
    /// </summary>
    private static (List<ResultIndexEntry> Results, List<SchoolContext> Context, Dictionary<string, SchoolInfo> Schools) Scenario()
    {
        var random = new Random(11);
        var results = new List<ResultIndexEntry>();
        var context = new List<SchoolContext>();
        var schools = new Dictionary<string, SchoolInfo>();
        for (var i = 0; i < 40; i++)
        {
            var login = $"sch47{i:D4}";
            var lowIncome = random.NextDouble() * 40;
            var parents = 20 + (random.NextDouble() * 50) - (lowIncome * 0.3);
            var single = i < 10 ? (double?)null : random.NextDouble() * 30;
            var staffing = i < 10 ? (double?)null : 70 + (random.NextDouble() * 30);
            var rural = i % 3 == 0;
            var enrolment = 50 + random.Next(1000);
            var y = 0.5 - (0.03 * lowIncome) + (0.02 * parents) - (rural ? 0.2 : 0) + (0.1 * Math.Log(enrolment))
                + ((random.NextDouble() - 0.5) * 0.6);
            results.Add(new ResultIndexEntry(Year, login, y, 1, 10));
            context.Add(new SchoolContext(Year, login, lowIncome, i < 25 ? null : 3, 5, parents, single, staffing));
            schools[login] = TestData.School(login, rural: rural, enrolment: enrolment);
        }

        return (results, context, schools);
    }

    [Fact]
    public void DropsPredictorsMissingForMoreThanHalfOrConstantAndFitsOnSchoolsWithAllTheRest()
    {
        var (results, context, schools) = Scenario();

        var outcome = ValueAdded.Compute(Year, results, context, schools, TestData.Options);

        outcome.Model!.Predictors.Should().Equal(
            "Доля из малообеспеченных семей",
            "Доля с родителями с высшим образованием",
            "Доля из неполных семей",
            "Укомплектованность кадрами",
            ValueAdded.RuralPredictor,
            ValueAdded.EnrolmentPredictor);
        outcome.Model.Schools.Should().Be(30);
        outcome.Residuals.Keys.Should().HaveCount(30).And.NotContain("sch470000");
    }

    [Theory]
    [InlineData(RegressionMethod.LeastSquares, 1e-9)]
    [InlineData(RegressionMethod.MlNetSdca, 1e-3)]
    public void ResidualsAndRSquaredMatchClosedFormOlsInUnitsOfTheIndexSd(RegressionMethod method, double tolerance)
    {
        var (results, context, schools) = Scenario();
        var outcome = ValueAdded.Compute(Year, results, context, schools, new AnalyticsOptions { RegressionMethod = method });

        // The same design solved exactly: (XᵀX)β = Xᵀy over the 30 schools with every kept predictor.
        var rows = context.Where(c => c.SingleParentPct is not null).OrderBy(c => c.Login, StringComparer.Ordinal).ToList();
        var x = rows.Select(c => new[]
        {
            c.LowIncomePct!.Value, c.ParentsHigherEdPct!.Value, c.SingleParentPct!.Value, c.StaffingPct!.Value,
            schools[c.Login].IsRural!.Value ? 1.0 : 0.0, Math.Log(schools[c.Login].Enrolment!.Value),
        }).ToList();
        var y = rows.Select(c => results.Single(r => r.Login == c.Login).Index).ToList();
        var beta = Ols.Solve(x, y);
        var exact = rows.Select((c, i) => y[i] - beta[0] - x[i].Select((v, j) => beta[j + 1] * v).Sum()).ToList();
        var meanY = y.Average();
        var exactR2 = 1 - (exact.Sum(e => e * e) / y.Sum(v => (v - meanY) * (v - meanY)));

        // Tolerance: the exact solver differs from Gaussian elimination only by rounding; SDCA works in float on
        // standardized data, where 1e-3 of sd(y) is far below any P75 gap that matters.
        var sdY = SampleStats.Of(y).Sd!.Value;
        for (var i = 0; i < rows.Count; i++)
        {
            outcome.Residuals[rows[i].Login].Should().BeApproximately(exact[i], tolerance * sdY, rows[i].Login);
        }

        outcome.Model!.RSquared.Should().BeApproximately(exactR2, tolerance);
        outcome.Model.Coefficients[0].Should().BeApproximately(beta[1], tolerance);
    }

    [Fact]
    public void RuralFlagOfSchoolsWhoseRegistryLocalityIsMissingIsAMissingPredictor()
    {
        // The same 40 schools with «Тип местности» «н/д» for 21 of them: the flag is missing for more than half → left out.
        var (results, context, schools) = Scenario();
        foreach (var login in schools.Keys.Order(StringComparer.Ordinal).Take(21).ToList())
        {
            schools[login] = schools[login] with { IsRural = null };
        }

        var outcome = ValueAdded.Compute(Year, results, context, schools, TestData.Options);

        outcome.Model!.Predictors.Should().NotContain(ValueAdded.RuralPredictor).And.Contain(ValueAdded.EnrolmentPredictor);
        outcome.Model.Schools.Should().Be(30);
    }

    [Fact]
    public void SameInputGivesIdenticalResidualsTwice()
    {
        var (results, context, schools) = Scenario();

        var first = ValueAdded.Compute(Year, results, context, schools, TestData.Options);
        var second = ValueAdded.Compute(Year, results, context, schools, TestData.Options);

        second.Residuals.Should().Equal(first.Residuals);
    }

    [Fact]
    public void TooFewSchoolsForThePredictorsGiveNoModelAndAReason()
    {
        var results = new[] { new ResultIndexEntry(Year, "a", 1, 1, 10), new ResultIndexEntry(Year, "b", 2, 1, 10) };
        var schools = TestData.Registry(TestData.School("a", rural: true, enrolment: 100), TestData.School("b", enrolment: 200));

        var outcome = ValueAdded.Compute(Year, results, [], schools, TestData.Options);

        outcome.Model.Should().BeNull();
        outcome.Residuals.Should().BeEmpty();
        outcome.Problem.Should().Contain("нужно не меньше 4");
    }
}
