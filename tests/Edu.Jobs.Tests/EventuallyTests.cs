namespace Edu.Jobs.Tests;

/// <summary>The shared polling helper (Edu.Testing) that the jobs and dashboard tests wait with.</summary>
public sealed class EventuallyTests
{
    [Fact]
    public async Task A_condition_that_holds_is_checked_once_without_a_pause()
    {
        var checks = 0;

        await Eventually.Until(() => ++checks > 0, "it holds", interval: TimeSpan.FromHours(1));

        checks.Should().Be(1);
    }

    [Fact]
    public async Task The_condition_is_polled_until_it_holds()
    {
        var checks = 0;

        await Eventually.Until(() => ++checks == 3, "the third check", interval: TimeSpan.FromMilliseconds(1));

        checks.Should().Be(3);
    }

    [Fact]
    public async Task A_timeout_names_what_was_awaited()
    {
        var act = () => Eventually.Until(() => false, "the file is archived", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(10));

        (await act.Should().ThrowAsync<TimeoutException>()).WithMessage("Timed out waiting until the file is archived");
    }
}
