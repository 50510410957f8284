using Edu.Analytics.Storage;

namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu compute [--year Y] [--verbose]»: recomputes every year (a year's lists need the two before it) and
/// prints the Russian summary; --year limits the printed per-year lines, --verbose adds each step's duration.
/// </summary>
internal static class ComputeVerb
{
    public static int Run(Arguments args, CliEnvironment env)
    {
        var year = args.IntOption("year");
        Recompute(env, year, args.Flag("verbose"));
        return 0;
    }

    public static void Recompute(CliEnvironment env, int? year = null, bool verbose = false)
    {
        Console.WriteLine("Пересчёт аналитики…");
        var report = AnalyticsService.Recompute(env.Database, env.Analytics, env.Clock);
        foreach (var line in report.ToRussianLines(year)) Console.WriteLine(line);
        if (verbose)
        {
            foreach (var line in report.ToStepLines()) Console.WriteLine(line);
        }
    }
}
