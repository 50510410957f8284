using System.Globalization;

namespace Edu.Bench;

/// <summary>
/// «dotnet run --project bench/Edu.Bench -c Release -- ingest [--rows N] [--dir D]» prints the
/// ingest figures. The verbs «bare» and «ingest FILE …» with arguments are the measured children.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine("Usage: edu-bench ingest [--rows 200000] [--dir /tmp/edu-bench]");
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
            case "ingest":
                return IngestBench.Run(Option(args, "--rows") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 200_000,
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
