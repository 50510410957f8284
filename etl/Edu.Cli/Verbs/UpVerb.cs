namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu up»: the embedded default — creates the database if needed and loads data-samples/
/// (files already loaded are recognised and skipped), so a newcomer sees the product on real-looking data.
/// </summary>
internal static class UpVerb
{
    public const string DefaultSamples = "data-samples";

    public static int Run(Arguments args, CliEnvironment env)
    {
        var samples = args.Option("samples") ?? CliEnvironment.FromRoot(DefaultSamples);
        if (!Directory.Exists(samples)) throw new UsageException($"папка с примерами данных «{samples}» не найдена");
        Console.WriteLine($"База данных: {env.Database.Path}");
        var loadArgs = new Arguments([samples, "--user", args.Option("user") ?? "demo"]);
        return LoadVerb.Run(loadArgs, env);
    }
}
