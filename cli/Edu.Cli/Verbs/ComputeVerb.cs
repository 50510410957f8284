using System.Globalization;
using Edu.Analytics.Storage;
using Edu.Storage.Publishing;

namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu compute [--year Y] [--verbose]»: recomputes every year (a year's lists need the two before it) and
/// prints the Russian summary; --year limits the printed per-year lines, --verbose adds each step's duration and
/// the publish. Runs as the one writer: it waits while the dashboard's load or recompute is at work.
/// </summary>
internal static class ComputeVerb
{
    public const string Purpose = "пересчёт аналитики";

    public static int Run(Arguments args, CliEnvironment env)
    {
        var year = args.IntOption("year");
        using var session = env.BeginWrite(Purpose);
        Recompute(env, session, year, args.Flag("verbose"));
        return 0;
    }

    /// <summary>Recomputes in <paramref name="session"/> and publishes the results, so pages and exports switch to them.</summary>
    public static void Recompute(CliEnvironment env, WriterSession session, int? year = null, bool verbose = false)
    {
        session.Describe(Purpose);
        Console.WriteLine("Пересчёт аналитики…");
        var report = AnalyticsService.Recompute(session.Database, env.Analytics, env.Clock);
        foreach (var line in report.ToRussianLines(year)) Console.WriteLine(line);
        if (verbose)
        {
            foreach (var line in report.ToStepLines()) Console.WriteLine(line);
            Console.WriteLine("Публикация новой версии данных…");
        }
        var published = session.Publish();
        if (verbose && published is not null) Console.WriteLine(Describe(published));
    }

    /// <summary>«Опубликована версия данных № 12: 512 МБ за 0,8 с».</summary>
    public static string Describe(PublishedVersion published) => string.Create(CultureInfo.GetCultureInfo("ru-RU"),
        $"Опубликована версия данных № {published.Version}: {published.Bytes / 1024.0 / 1024.0:N0} МБ за {published.Seconds:N1} с");
}
