using Edu.Storage;

namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu up»: the embedded default — creates the database if needed and loads data-samples/
/// (files already loaded are recognised and skipped) and computes the analytics, so a newcomer sees the
/// product on real-looking data. One writer session: loads, the first recompute and their publish.
/// </summary>
internal static class UpVerb
{
    public const string DefaultSamples = "data-samples";

    public static int Run(Arguments args, CliEnvironment env)
    {
        var samples = args.Option("samples") ?? env.FromRoot(DefaultSamples);
        if (!Directory.Exists(samples)) throw new UsageException($"папка с примерами данных «{samples}» не найдена");
        Console.WriteLine($"База данных: {env.Database.Path}");
        using var session = env.BeginWrite("загрузка примеров данных");
        var loadArgs = new Arguments([samples, "--user", args.Option("user") ?? "demo"]);
        var code = LoadVerb.Load(loadArgs, env, session);

        // A database loaded before the analytics existed has data but no results yet; load alone
        // recomputes only when a file changed the data.
        if (!HasResults(session.Database)) ComputeVerb.Recompute(env, session);
        return code;
    }

    private static bool HasResults(Database database)
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT count(*) FROM analytics_computations") > 0;
    }
}
