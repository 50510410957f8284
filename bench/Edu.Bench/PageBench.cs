using System.Diagnostics;
using System.Globalization;

namespace Edu.Bench;

/// <summary>
/// SPEC §10 per page: starts the dashboard on a database (as <see cref="WebWriterBench"/> does), asks every page once
/// in turn on a fresh server — its cold first request, the cost a first reader of a new data version pays — and then
/// lets N clients ask the pages in turn for a fixed time, warm, and prints p50/p95/p99 per page and failures.
/// </summary>
internal static class PageBench
{
    // Pages of every kind: the summary and the cards (figures over several tables), the long lists, the task results.
    public static readonly string[] Pages =
    [
        "/", "/municipality/" + Uri.EscapeDataString("Лужский район"), "/schools", "/municipalities", "/indicators", "/shnor",
        "/shnor/dynamics", "/resilience", "/stable-high", "/objectivity", "/mentors", "/tasks", "/decisions", "/loads",
    ];

    private const double TargetWarmP95 = 100;
    private const double TargetColdMs = 2000;

    public static async Task<int> Run(string database, int clients, TimeSpan duration, string login, string password)
    {
        if (!File.Exists(database)) throw new FileNotFoundException($"No database at {database}: build one with «recompute --schools N» first.", database);
        var address = WebWriterBench.LoopbackAddress();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; dashboard on {address} over {database} ({new FileInfo(database).Length / 1024.0 / 1024.0:0} MB)"));
        using var dashboard = WebWriterBench.StartDashboard(database, address);
        try
        {
            await WebWriterBench.WaitUntilAnswers(address, dashboard);
            var sessions = new List<HttpClient>();
            // A cold page at country scale may take long; the clients wait rather than count it as a failure.
            for (var i = 0; i < clients; i++) sessions.Add(await WebBench.SignIn(address, login, password, TimeSpan.FromMinutes(10)));
            var cold = new Dictionary<string, (double Milliseconds, bool Ok)>();
            foreach (var page in Pages)
            {
                cold[page] = await Time(sessions[0], page);
            }

            var warm = await Measure(sessions, duration);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{clients} clients × {duration.TotalSeconds:0} s, pages in turn; targets: cold < {TargetColdMs:0} ms, warm p95 < {TargetWarmP95:0} ms; load average {LoadAverage()}"));
            Console.WriteLine($"{"page",-34} {"cold ms",9} {"requests",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"failures",9}");
            var failures = 0;
            foreach (var page in Pages)
            {
                var times = warm[page].Milliseconds;
                var pageFailures = warm[page].Failures + (cold[page].Ok ? 0 : 1);
                failures += pageFailures;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Uri.UnescapeDataString(page),-34} {cold[page].Milliseconds,9:0} {times.Count,9} {WebBench.P(times, 0.5),8:0} {WebBench.P(times, 0.95),8:0} {WebBench.P(times, 0.99),8:0} {pageFailures,9}{Mark(cold[page].Milliseconds, WebBench.P(times, 0.95))}"));
            }

            var all = warm.Values.SelectMany(w => w.Milliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"all pages",-34} {"",9} {all.Count,9} {WebBench.P(all, 0.5),8:0} {WebBench.P(all, 0.95),8:0} {WebBench.P(all, 0.99),8:0} {failures,9}   {all.Count / duration.TotalSeconds:0} req/s"));
            foreach (var s in sessions) s.Dispose();
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            dashboard.Kill(entireProcessTree: true);
        }
    }

    private static string Mark(double cold, double warmP95) =>
        cold >= TargetColdMs || warmP95 >= TargetWarmP95 ? "   over target" : "";

    private static async Task<Dictionary<string, (List<double> Milliseconds, int Failures)>> Measure(IReadOnlyList<HttpClient> sessions, TimeSpan duration)
    {
        var perClient = new List<(string Page, double Milliseconds, bool Ok)>[sessions.Count];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, sessions.Count).Select(async c =>
        {
            perClient[c] = [];
            for (var i = c; watch.Elapsed < duration; i++)
            {
                var page = Pages[i % Pages.Length];
                var (ms, ok) = await Time(sessions[c], page);
                perClient[c].Add((page, ms, ok));
            }
        }));
        return Pages.ToDictionary(p => p, p =>
        {
            var requests = perClient.SelectMany(r => r).Where(r => r.Page == p).ToList();
            return (requests.Select(r => r.Milliseconds).Order().ToList(), requests.Count(r => !r.Ok));
        });
    }

    private static async Task<(double Milliseconds, bool Ok)> Time(HttpClient client, string page)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(page);
            await response.Content.ReadAsByteArrayAsync();
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.IsSuccessStatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, false);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
