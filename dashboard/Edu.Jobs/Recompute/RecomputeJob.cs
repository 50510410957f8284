using System.ComponentModel;
using Edu.Jobs.Retries;
using Hangfire;

namespace Edu.Jobs.Recompute;

/// <summary>Recomputes the analytics on the writer queue, under the writer gate, like any other DuckDB write, and publishes the results.</summary>
public sealed class RecomputeJob(IRecomputer recomputer, WriterGate gate)
{
    [Queue(JobQueues.DuckDbWriter)]
    [DisplayName("Пересчёт аналитики")]
    public void Run()
    {
        try
        {
            using var lease = gate.Enter("пересчёт аналитики");
            recomputer.Recompute();
            lease.Publish();
        }
        catch (Exception e) when (TransientFaults.IsTransient(e) && e is not TransientJobException)
        {
            throw new TransientJobException(e);
        }
    }
}
