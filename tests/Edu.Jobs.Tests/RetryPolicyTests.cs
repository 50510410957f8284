using DuckDB.NET.Data;
using Edu.Jobs.Inbox;
using Edu.Jobs.Retries;
using Hangfire;
using Hangfire.Common;

namespace Edu.Jobs.Tests;

public sealed class RetryPolicyTests
{
    [Fact]
    public void Backoff_doubles_from_the_configured_delay() =>
        RetryPolicy.Delays(TimeSpan.FromSeconds(30), 4).Should().Equal(30, 60, 120, 240);

    [Fact]
    public void Our_jobs_get_our_retry_instead_of_Hangfire_default()
    {
        var policy = new RetryPolicy(new JobsOptions { RetryAttempts = 3, RetryBackoff = TimeSpan.FromSeconds(10) });
        var providers = new JobFilterProviderCollection(JobFilterProviders.Providers, policy);

        var ours = providers.GetFilters(Job.FromExpression<InboxScanJob>(j => j.Run())).Select(f => f.Instance).OfType<AutomaticRetryAttribute>().ToList();
        var theirs = providers.GetFilters(Job.FromExpression(() => Console.WriteLine())).Select(f => f.Instance).OfType<AutomaticRetryAttribute>().ToList();

        ours.Should().ContainSingle().Which.Should().BeSameAs(policy.Retry);
        policy.Retry.Attempts.Should().Be(3);
        policy.Retry.DelaysInSeconds.Should().Equal(10, 20, 40);
        policy.Retry.OnlyOn.Should().Equal(typeof(TransientJobException));
        theirs.Should().ContainSingle().Which.Should().NotBeSameAs(policy.Retry, "other jobs keep their own policy");
    }

    [Fact]
    public void Locks_timeouts_and_busy_files_are_transient()
    {
        TransientFaults.IsTransient(new IOException("The process cannot access the file")).Should().BeTrue();
        TransientFaults.IsTransient(new TimeoutException()).Should().BeTrue();
        TransientFaults.IsTransient(new InvalidOperationException("wrapped", new IOException("busy"))).Should().BeTrue();
    }

    [Fact]
    public void Missing_files_and_bugs_are_not_transient()
    {
        TransientFaults.IsTransient(new FileNotFoundException()).Should().BeFalse();
        TransientFaults.IsTransient(new DirectoryNotFoundException()).Should().BeFalse();
        TransientFaults.IsTransient(new InvalidOperationException()).Should().BeFalse();
        TransientFaults.IsTransient(new ArgumentException()).Should().BeFalse();
    }

    [Fact]
    public void DuckDB_file_held_by_another_process_is_transient()
    {
        // A real lock conflict needs a second process; DuckDB raises it as an IO error with this wording.
        var path = Path.Combine(Directory.CreateTempSubdirectory("edu-duck-").FullName, "a.duckdb");
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT error('IO Error: Could not set lock on file \"a.duckdb\": Conflicting lock is held in dotnet (PID 1)')";
        var fault = FluentActions.Invoking(() => command.ExecuteScalar()).Should().Throw<DuckDBException>().Which;

        TransientFaults.IsTransient(fault).Should().BeTrue();
    }
}
