using System.Globalization;

namespace Edu.Bench;

/// <summary>
/// «dotnet run --project bench/Edu.Bench -c Release -- web --db PATH» serves PATH and prints each page's cold and warm
/// latency; «… -- ingest [--rows N] [--dir D]» prints the
/// ingest figures; «… -- recompute [--schools N] [--dir D]» the recompute figures (without --schools:
/// region scale, 350, and country scale, 40,000); «… -- write [--rows N] [--repeat R]» the generator writing the bench
/// file; «… -- publish» the cost of publishing a version; «… -- web-writer» the pages while a writer loops; «… -- cli»
/// the command line's start; «… -- fuzz [--minutes 10] [--seed S]» mutated sample files through the loader; «… -- export
/// [--schools N]» the streamed task-results export. The verbs «bare», «ingest FILE …», «write-run FILE N», «export-run DB
/// OUT WRITER M», «recompute-run DB N» and «writer-loop DB» are the measured children.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine("Usage: edu-bench ingest [--rows 200000] [--dir /tmp/edu-bench] | recompute [--schools N] | web [--url http://127.0.0.1:5000] [--clients 16] [--seconds 30]");
            Console.WriteLine("       edu-bench web --db PATH [--clients 64] [--seconds 30]   (starts the dashboard on PATH: every page cold once, then warm p50/p95/p99 per page)");
            Console.WriteLine("       edu-bench recompute [--schools N] [--dir /tmp/edu-bench]");
            Console.WriteLine("       edu-bench write [--rows 200000] [--repeat 3] [--dir /tmp/edu-bench]   (the generator writing the bench file)");
            Console.WriteLine("       edu-bench publish [--db PATH] [--schools N] [--runs 3] [--dir /tmp/edu-bench]   (publishing a version: time and disk)");
            Console.WriteLine("       edu-bench web-writer [--db /tmp/edu-bench/recompute-40000.duckdb] [--clients 32] [--seconds 30]   (pages while a recompute loops)");
            Console.WriteLine("       edu-bench cli [--runs 5]   (./edu's start on an unchanged checkout, before and after the build stamp)");
            Console.WriteLine("       edu-bench fuzz [--minutes 10] [--seed 20240601] [--dir /tmp/edu-bench]   (mutated sample files through the loader)");
            Console.WriteLine("       edu-bench export [--schools 40000] [--dir /tmp/edu-bench]   (the streamed task-results export of the recomputed region)");
            return 1;
        }
        switch (args[0])
        {
            case "bare" when args.Length == 2:
                Console.WriteLine(IngestBench.Bare(args[1]).ToJson());
                return 0;
            case "ingest" when args.Length == 4 && File.Exists(args[1]):
                Console.WriteLine(IngestBench.Ingest(args[1], args[2], args[3]).ToJson());
                return 0;
            case "web" when Option(args, "--db") is { } served:
                return PageBench.Run(served,
                    Option(args, "--clients") is { } pc ? int.Parse(pc, CultureInfo.InvariantCulture) : 64,
                    TimeSpan.FromSeconds(Option(args, "--seconds") is { } ps ? int.Parse(ps, CultureInfo.InvariantCulture) : 30),
                    Option(args, "--user") ?? "analyst", Option(args, "--password") ?? "analyst-demo").GetAwaiter().GetResult();
            case "web":
                return WebBench.Run(Option(args, "--url") ?? "http://127.0.0.1:5000",
                    Option(args, "--clients") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 16,
                    TimeSpan.FromSeconds(Option(args, "--seconds") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 30),
                    Option(args, "--user") ?? "analyst", Option(args, "--password") ?? "analyst-demo").GetAwaiter().GetResult();
            case "ingest":
                return IngestBench.Run(Option(args, "--rows") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 200_000,
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            case "write-run" when args.Length == 3:
                Console.WriteLine(WriteBench.Measure(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).ToJson());
                return 0;
            case "write":
                return WriteBench.Run(Option(args, "--rows") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 200_000,
                    Option(args, "--repeat") is { } times ? int.Parse(times, CultureInfo.InvariantCulture) : 3,
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            case "writer-loop" when args.Length == 2:
                return WriterLoop.Run(args[1]);
            case "publish":
                return PublishBench.Run(
                    Option(args, "--db") is { } db ? [db] : [],
                    Option(args, "--schools") is { } p ? [int.Parse(p, CultureInfo.InvariantCulture)] : Option(args, "--db") is null ? [RecomputeBench.RegionSchools, RecomputeBench.CountrySchools] : [],
                    Option(args, "--runs") is { } runs ? int.Parse(runs, CultureInfo.InvariantCulture) : 3,
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            case "web-writer":
                return WebWriterBench.Run(
                    Option(args, "--db") ?? Path.Combine(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"), $"recompute-{RecomputeBench.CountrySchools}.duckdb"),
                    Option(args, "--clients") is { } wc ? int.Parse(wc, CultureInfo.InvariantCulture) : 32,
                    TimeSpan.FromSeconds(Option(args, "--seconds") is { } ws ? int.Parse(ws, CultureInfo.InvariantCulture) : 30)).GetAwaiter().GetResult();
            case "cli":
                return CliBench.Run(Option(args, "--runs") is { } cr ? int.Parse(cr, CultureInfo.InvariantCulture) : 5);
            case "fuzz":
                return FuzzBench.Run(TimeSpan.FromMinutes(Option(args, "--minutes") is { } m ? double.Parse(m, CultureInfo.InvariantCulture) : 10),
                    Option(args, "--seed") is { } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : 20240601,
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            case "export-run" when args.Length == 5:
                Console.WriteLine(ExportBench.Measure(args[1], args[2], args[3], args[4]).ToJson());
                return 0;
            case "export":
                return ExportBench.Run(Option(args, "--schools") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : RecomputeBench.CountrySchools,
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            case "recompute-run" when args.Length == 3:
                Console.WriteLine(RecomputeBench.Measure(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).ToJson());
                return 0;
            case "recompute":
                return RecomputeBench.Run(
                    Option(args, "--schools") is { } n ? [int.Parse(n, CultureInfo.InvariantCulture)] : [RecomputeBench.RegionSchools, RecomputeBench.CountrySchools],
                    Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "edu-bench"));
            default:
                Console.WriteLine($"Unknown benchmark «{args[0]}»");
                return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
