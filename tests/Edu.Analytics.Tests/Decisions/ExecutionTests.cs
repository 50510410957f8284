using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Reference;

namespace Edu.Analytics.Tests.Decisions;

/// <summary>SPEC §11 «Status of a decision item» as of a date A, for every kind of deadline.</summary>
public sealed class ExecutionTests
{
    private static readonly DateOnly Decided = new(2023, 12, 22);

    private static DecisionItem Item(DateOnly? deadline = null, bool recurring = false, DateOnly? done = null) =>
        new("Решение", Decided, "1", 1, "Содержание", "срок", deadline, recurring, null, DecisionScope.Regional, [], [], [], done, null);

    public static TheoryData<string, DecisionItem, string, ExecutionStatus, bool?> Cases => new()
    {
        // Deadline 10.01.2024, not done: on the deadline it is still in progress, the day after it is overdue.
        { "deadline ahead", Item(new(2024, 1, 10)), "2024-01-10", ExecutionStatus.InProgress, null },
        { "deadline passed", Item(new(2024, 1, 10)), "2024-01-11", ExecutionStatus.Overdue, null },
        // Done 15.01.2024, after its deadline: overdue until then, done (late) from that day.
        { "done late, before it was done", Item(new(2024, 1, 10), done: new(2024, 1, 15)), "2024-01-14", ExecutionStatus.Overdue, null },
        { "done late", Item(new(2024, 1, 10), done: new(2024, 1, 15)), "2024-01-15", ExecutionStatus.Done, false },
        // Done 09.01.2024, before its deadline: in progress the day before, done in time from then on.
        { "done in time, before it was done", Item(new(2024, 1, 10), done: new(2024, 1, 9)), "2024-01-08", ExecutionStatus.InProgress, null },
        { "done in time", Item(new(2024, 1, 10), done: new(2024, 1, 9)), "2024-06-01", ExecutionStatus.Done, true },
        // Recurring and undated items: their own statuses, until a done date makes them «исполнено» (no «в срок» then).
        { "recurring", Item(recurring: true), "2024-06-01", ExecutionStatus.Recurring, null },
        { "recurring, done", Item(recurring: true, done: new(2024, 3, 1)), "2024-06-01", ExecutionStatus.Done, null },
        { "no deadline", Item(), "2024-06-01", ExecutionStatus.NoDeadline, null },
        { "no deadline, done", Item(done: new(2024, 3, 1)), "2024-06-01", ExecutionStatus.Done, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_item_has_its_status_and_on_time_mark_as_of_a_date(string because, DecisionItem item, string asOf, ExecutionStatus status, bool? onTime)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        Execution.Status(item, date).Should().Be(status, because);
        Execution.OnTime(item, date).Should().Be(onTime, because);
    }
}
