using System.Diagnostics;
using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Storage.Publishing;

namespace Edu.Bench;

/// <summary>
/// The writer of the «web-writer» benchmark, run as a child process: recomputes the database and publishes the
/// results, again and again, as the one writer (the dashboard's recompute job does the same), until its standard
/// input closes; then it finishes the round it is in. One line per round: recompute and publish seconds.
/// </summary>
internal static class WriterLoop
{
    public static int Run(string path)
    {
        var stop = 0;
        new Thread(() =>
        {
            Console.In.ReadToEnd();
            Volatile.Write(ref stop, 1);
        }) { IsBackground = true }.Start();
        var database = BenchDatabase.At(path);
        while (Volatile.Read(ref stop) == 0)
        {
            var watch = Stopwatch.StartNew();
            using var session = WriterSession.Begin(database, "пересчёт аналитики (бенчмарк)", TimeSpan.FromMinutes(30));
            AnalyticsService.Recompute(session.Database, new AnalyticsOptions(), TimeProvider.System);
            var recompute = watch.Elapsed.TotalSeconds;
            var published = session.Publish();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {recompute:0.0} {published?.Seconds ?? 0:0.00} {published?.Version ?? 0}"));
        }
        return 0;
    }
}
