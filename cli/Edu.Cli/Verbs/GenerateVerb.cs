using System.Diagnostics;
using System.Globalization;
using Edu.Generation;

namespace Edu.Cli.Verbs;

/// <summary>«./edu generate --schools N --years K --seed S --out DIR [--last-year Y] [--individual all|sample|none|…] [--profile sample]».</summary>
internal static class GenerateVerb
{
    public static int Run(Arguments args, CliEnvironment env)
    {
        var output = args.Option("out") ?? throw new UsageException("укажите папку для файлов: --out ПАПКА");
        var defaults = new GeneratorOptions();
        var options = defaults with
        {
            Schools = args.IntOption("schools") ?? defaults.Schools,
            Years = args.IntOption("years") ?? defaults.Years,
            Seed = args.IntOption("seed") ?? defaults.Seed,
            LastYear = args.IntOption("last-year") ?? defaults.LastYear,
            IndividualProcedures = args.Option("individual") is { } selection ? IndividualProcedureSelection.Parse(selection) : defaults.IndividualProcedures,
        };
        if (args.Option("profile") is { } profile)
        {
            options = profile == "sample" ? options.AsSample() : throw new UsageException($"неизвестный профиль «{profile}»; доступен: sample");
        }
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"недопустимые параметры генерации: {e.Message}");
        }

        var watch = Stopwatch.StartNew();
        var manifest = RegionGenerator.Generate(options, output, new Progress<string>(Console.WriteLine));
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        Console.WriteLine(string.Create(ru, $"Готово: файлов {manifest.Files.Count} в «{output}» за {watch.Elapsed.TotalSeconds:0.0} с (seed {options.Seed})."));
        return 0;
    }
}
