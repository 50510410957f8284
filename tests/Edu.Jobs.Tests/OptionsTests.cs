using Edu.Jobs.Tests.Support;
using Microsoft.Extensions.Options;

namespace Edu.Jobs.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("00:00:01", "* * * * * *")]
    [InlineData("00:00:15", "*/15 * * * * *")]
    [InlineData("00:01:00", "* * * * *")]
    [InlineData("00:05:00", "*/5 * * * *")]
    [InlineData("06:00:00", "0 */6 * * *")]
    [InlineData("1.00:00:00", "0 0 * * *")]
    [InlineData("*/2 * * * *", "*/2 * * * *")]
    [InlineData("0  7 * * 1-5", "0 7 * * 1-5")]
    public void Schedule_accepts_a_cron_or_a_period_that_a_cron_keeps_exact(string value, string cron)
    {
        InboxSchedule.ToCron(value, out var problem).Should().Be(cron);
        problem.Should().BeNull();
    }

    [Theory]
    [InlineData("00:00:07", "нельзя выразить расписанием")]
    [InlineData("00:00:00", "положительным")]
    [InlineData("каждую минуту", "не распознано")]
    [InlineData("", "не задано")]
    public void Schedule_that_cannot_be_kept_exactly_is_refused_in_Russian(string value, string message)
    {
        InboxSchedule.ToCron(value, out var problem).Should().BeNull();
        problem.Should().Contain(message);
    }

    [Fact]
    public void Validator_lists_every_problem_at_once()
    {
        var options = new JobsOptions
        {
            ArchiveFolder = "data/inbox",
            InboxSchedule = "00:00:07",
            RetryAttempts = -1,
            RetryBackoff = TimeSpan.Zero,
            DuckDbWriter = false,
        };

        var result = new JobsOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().HaveCount(5);
        result.FailureMessage.Should().Contain("должны быть разными").And.Contain("InboxSchedule").And.Contain("RetryAttempts")
            .And.Contain("RetryBackoff").And.Contain("PostgreSqlConnectionString");
    }

    [Fact]
    public void Defaults_are_valid() => new JobsOptionsValidator().Validate(null, new JobsOptions()).Succeeded.Should().BeTrue();

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start()
    {
        var start = () => JobsHost.StartAsync(s => s["Jobs:RetryAttempts"] = "50");

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Jobs:RetryAttempts: допустимо от 0 до 20");
    }
}
