using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Edu.Bench;

/// <summary>
/// SPEC §10/§14: what a writer costs the readers. Starts the dashboard (dashboard/run.sh, demo users) on a database,
/// measures the table pages with N clients and no writer, then the same while a recompute with its publish runs in a
/// loop in another process (<see cref="WriterLoop"/>), and prints both with their ratio. Pages read published versions
/// and never wait for the writer; what remains is the competition for the machine's cores and disk, and the cold
/// cache after each publish (the data version changes, so every cached table is read again from the new version).
/// </summary>
internal static class WebWriterBench
{
    // The table pages. Not Сводка: at country scale its latest-year-with-marks query (ProcedureOutcomes) runs for
    // many minutes on its own, writer or not, and would measure nothing but that.
    private static readonly string[] Pages = [.. WebBench.TablePages.Where(p => p != "/")];

    public static async Task<int> Run(string database, int clients, TimeSpan duration)
    {
        if (!File.Exists(database)) throw new FileNotFoundException($"No database at {database}: build one with «recompute --schools N» first.", database);
        var address = LoopbackAddress();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores; dashboard on {address} over {database} ({new FileInfo(database).Length / 1024.0 / 1024.0:0} MB)"));
        using var dashboard = StartDashboard(database, address);
        try
        {
            return await Measure(database, address, dashboard, clients, duration);
        }
        finally
        {
            dashboard.Kill(entireProcessTree: true);
        }
    }

    private static async Task<int> Measure(string database, Uri address, Process dashboard, int clients, TimeSpan duration)
    {
        await WaitUntilAnswers(address, dashboard);

        var sessions = new List<HttpClient>();
        // A cold table at country scale takes seconds, and 32 clients queue behind it.
        for (var i = 0; i < clients; i++) sessions.Add(await WebBench.SignIn(address, "analyst", "analyst-demo", TimeSpan.FromMinutes(10)));
        // The first pass fills the caches of the current version; both phases start warm.
        await WebBench.MeasureTablePages(sessions, TimeSpan.FromSeconds(5), Pages);

        var quiet = await WebBench.MeasureTablePages(sessions, duration, Pages);
        Console.WriteLine(quiet.Format("no writer          "));

        using var writer = StartWriter(database);
        var rounds = new List<string>();
        writer.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("round ", StringComparison.Ordinal) == true) lock (rounds) rounds.Add(e.Data); };
        writer.BeginOutputReadLine();
        PageLatencies busy;
        try
        {
            busy = await WebBench.MeasureTablePages(sessions, duration, Pages);
        }
        catch
        {
            writer.Kill(entireProcessTree: true);
            throw;
        }
        Console.WriteLine(busy.Format("recompute in a loop"));
        // Let the writer finish its round, so it never stops in the middle of a publish.
        writer.StandardInput.Close();
        await writer.WaitForExitAsync();

        lock (rounds)
        {
            foreach (var round in rounds)
            {
                var parts = round.Split(' ');
                Console.WriteLine($"  writer round: recompute {parts[1]} s, publish {parts[2]} s → version {parts[3]}");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio with writer / without: p50 ×{busy.P50 / quiet.P50:0.00}, p95 ×{busy.P95 / quiet.P95:0.00}, p99 ×{busy.P99 / quiet.P99:0.00}; failures {quiet.Failures} / {busy.Failures}"));
        foreach (var s in sessions) s.Dispose();
        return quiet.Failures + busy.Failures == 0 ? 0 : 1;
    }

    internal static Process StartDashboard(string database, Uri address)
    {
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(Repository.Root, "dashboard", "run.sh"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["EDU_DB"] = Path.GetFullPath(database);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  dashboard: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Process StartWriter(string database)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(typeof(WebWriterBench).Assembly.Location);
        info.ArgumentList.Add("writer-loop");
        info.ArgumentList.Add(Path.GetFullPath(database));
        return Process.Start(info)!;
    }

    internal static async Task WaitUntilAnswers(Uri address, Process dashboard)
    {
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        // The first start builds the dashboard and publishes the database's first version (a copy of the file).
        for (var deadline = DateTime.UtcNow.AddMinutes(10); DateTime.UtcNow < deadline;)
        {
            if (dashboard.HasExited) throw new InvalidOperationException("The dashboard stopped at start.");
            try
            {
                if ((await probe.GetAsync("/account/login")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The dashboard on {address} did not answer.");
    }

    /// <summary>A free loopback port for a dashboard the benchmark starts.</summary>
    internal static Uri LoopbackAddress() => new($"http://127.0.0.1:{FreePort()}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
