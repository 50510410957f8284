using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage.Publishing;

namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu load PATH... [--no-compute]»: one line per file and a total, then a recompute when any file
/// loaded; exit 2 when any file was rejected. Runs as the one writer: while the dashboard's load or recompute is at
/// work it waits («жду, пока завершится …») instead of failing; what it loads is published for readers before the
/// recompute starts, and the results after it.
/// </summary>
internal static class LoadVerb
{
    public const int ExitRejected = 2;

    public static int Run(Arguments args, CliEnvironment env)
    {
        if (args.Positional.Count == 0) throw new UsageException("укажите файлы или папки для загрузки: ./edu load ПУТЬ...");
        using var session = env.BeginWrite(Purpose(args.Positional));
        return Load(args, env, session);
    }

    /// <summary>Loads in <paramref name="session"/>, publishes, then recomputes when any file changed the data.</summary>
    public static int Load(Arguments args, CliEnvironment env, WriterSession session)
    {
        var loader = new Loader(session.Database, env.LoadSettings(args.Option("user") ?? Environment.UserName), MunicipalityDirectory.LoadDefault(), env.Clock);
        var progress = new ConsoleProgress();
        var outcomes = loader.LoadAll(args.Positional, progress, outcome =>
        {
            progress.Finish();
            Print(outcome);
        });

        var ru = CultureInfo.GetCultureInfo("ru-RU");
        var loaded = outcomes.Count(o => o.Status == LoadStatus.Loaded);
        var same = outcomes.Count(o => o.Status == LoadStatus.AlreadyLoaded);
        var rejected = outcomes.Count(o => o.Status == LoadStatus.Rejected);
        Console.WriteLine(string.Create(ru, $"Итого: файлов {outcomes.Count}; загружено {loaded} (строк {outcomes.Sum(o => o.Rows):N0}); уже загружено ранее {same}; отклонено {rejected}."));
        // The load history and the new rows reach pages and exports now, not only after the recompute.
        session.Publish();

        // SPEC §5: analytics follow every load that changed the data; unchanged data keep their results.
        if (loaded > 0 && !args.Flag("no-compute")) ComputeVerb.Recompute(env, session);
        return rejected > 0 ? ExitRejected : 0;
    }

    /// <summary>What a waiting process is told: «загрузка «ЕГЭ.xlsx»», «загрузка «data-samples» и ещё 2».</summary>
    private static string Purpose(IReadOnlyList<string> paths) =>
        $"загрузка «{Path.GetFileName(Path.TrimEndingDirectorySeparator(paths[0]))}»" + (paths.Count > 1 ? $" и ещё {paths.Count - 1}" : "");

    /// <summary>«… и ещё N», saying truly what the error report holds: every problem, or the first 1,000 of them.</summary>
    internal static string MoreProblems(LoadOutcome outcome, int shown)
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        var rest = outcome.ProblemCount - shown;
        return outcome.Problems.Count >= outcome.ProblemCount
            ? string.Create(ru, $"  … и ещё {rest:N0} (все — в отчёте об ошибках)")
            : string.Create(ru, $"  … и ещё {rest:N0} (в отчёте об ошибках — первые {outcome.Problems.Count:N0} из {outcome.ProblemCount:N0})");
    }

    private static void Print(LoadOutcome outcome)
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        switch (outcome.Status)
        {
            case LoadStatus.Loaded:
                Console.WriteLine(string.Create(ru, $"{outcome.File}: загружен — {outcome.Kind?.ToRussian()}, строк {outcome.Rows:N0} ({outcome.Scope})"));
                break;
            case LoadStatus.AlreadyLoaded:
                Console.WriteLine($"{outcome.File}: уже загружен ранее (тот же файл), ничего не изменено");
                break;
            default:
                Console.WriteLine(string.Create(ru, $"{outcome.File}: отклонён — ошибок {outcome.ProblemCount:N0}; отчёт об ошибках: {outcome.ErrorReportPath}"));
                foreach (var problem in outcome.Problems.Take(20)) Console.WriteLine("  " + problem);
                if (outcome.ProblemCount > 20) Console.WriteLine(MoreProblems(outcome, 20));
                break;
        }
    }
}
