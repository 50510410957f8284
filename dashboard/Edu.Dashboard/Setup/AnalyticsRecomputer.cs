using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Storage;
using Edu.Jobs;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Setup;

/// <summary>The recompute job's work: read what is loaded, run the engine, replace the stored results (as «./edu compute»).</summary>
public sealed class AnalyticsRecomputer(Database database, IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<AnalyticsRecomputer> log) : IRecomputer
{
    public void Recompute()
    {
        var report = AnalyticsService.Recompute(database, options.Value, time);
        log.LogInformation("Analytics recomputed: computation {Id} as of {AsOf}; read {Read}, engine {Engine}, save {Save}; {Messages} messages",
            report.ComputationId, report.AsOf, report.ReadTime, report.EngineTime, report.SaveTime, report.Messages.Count);
    }
}
