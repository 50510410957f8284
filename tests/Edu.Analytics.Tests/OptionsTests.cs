using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Analytics.Tests;

public class OptionsTests
{
    private static AnalyticsOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddAnalytics(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
    }

    [Fact]
    public void DefaultsAreTheSpecValues()
    {
        var options = Resolve([]);

        options.Should().BeEquivalentTo(new
        {
            MinParticipants = 10,
            LowShareThresholdPct = 30.0,
            MinLowProcedures = 2,
            DisadvantagedQuantile = 0.25,
            HighQuantile = 0.75,
            ResidualQuantile = 0.75,
            MinContextShares = 3,
            ExtraSelected = 11,
            MentorCapacity = 2,
            MinSpearmanPairs = 10,
            MarksVsJournalThresholdPct = 50.0,
            ConfidenceZ = 1.96,
            MaxMissingPredictorShare = 0.5,
        });
        options.ExemptTypes.Should().BeEquivalentTo("гимназия", "лицей");
        options.YearValueDate(2024).Should().Be(new DateOnly(2024, 6, 30));
    }

    [Fact]
    public void BindsFromTheAnalyticsSection()
    {
        var options = Resolve(new() { ["Analytics:MinParticipants"] = "5", ["Analytics:ExemptSchoolTypes"] = "лицей" });

        options.MinParticipants.Should().Be(5);
        options.ExemptTypes.Should().BeEquivalentTo("лицей");
    }

    [Theory]
    [InlineData("Analytics:MinParticipants", "0")]
    [InlineData("Analytics:HighQuantile", "1.5")]
    [InlineData("Analytics:LowShareThresholdPct", "130")]
    [InlineData("Analytics:MinContextShares", "7")]
    public void OutOfRangeThresholdFailsValidation(string key, string value) =>
        FluentActions.Invoking(() => Resolve(new() { [key] = value }))
            .Should().Throw<OptionsValidationException>();

    [Fact]
    public void TooManyZeroWeightsFailValidation() =>
        FluentActions.Invoking(() => Resolve(new()
            {
                ["Analytics:WeightLowIncome"] = "0",
                ["Analytics:WeightOvz"] = "0",
                ["Analytics:WeightNonNative"] = "0",
                ["Analytics:WeightSingleParent"] = "0",
            }))
            .Should().Throw<OptionsValidationException>().WithMessage("*MinContextShares*");

    private static ProjectOptions Projects(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddAnalytics(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ProjectOptions>>().Value;
    }

    [Fact]
    public void The_stable_high_roster_is_the_regional_project_unless_configured()
    {
        Projects([]).StableHigh.Should().Be("Стабильно высокие образовательные результаты");
        Projects(new() { ["Projects:StableHigh"] = "Школы-лидеры" }).StableHigh.Should().Be("Школы-лидеры");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" «» ")]
    public void A_roster_name_with_no_letter_fails_validation(string name) =>
        FluentActions.Invoking(() => Projects(new() { ["Projects:StableHigh"] = name }))
            .Should().Throw<OptionsValidationException>();
}
