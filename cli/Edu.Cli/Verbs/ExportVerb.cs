using Edu.Analytics.Exports;

namespace Edu.Cli.Verbs;

/// <summary>«./edu export TABLE [--year Y] [--municipality M] [--as-of DATE] --out FILE.xlsx|.csv».</summary>
internal static class ExportVerb
{
    public static int Run(Arguments args, CliEnvironment env)
    {
        var asOf = AsOfOption.Resolve(args.Option("as-of"), env.Time);
        var exports = new AnalyticsExports(asOf, env.Analytics);
        var names = string.Join(", ", exports.All.Select(e => e.Name));
        var name = args.Positional.FirstOrDefault() ?? throw new UsageException($"укажите таблицу: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx; доступны: {names}");
        var output = args.Option("out") ?? throw new UsageException("укажите файл выгрузки: --out ФАЙЛ.xlsx или ФАЙЛ.csv");
        var export = exports.Find(name) ?? throw new UsageException($"неизвестная таблица «{name}»; доступны: {names}");
        var filter = new ExportFilter(args.IntOption("year"), MunicipalityOption.Resolve(args.Option("municipality")));
        using var connection = env.Database.Open();
        var rows = export.Write(connection, filter, output);
        Console.WriteLine($"Выгружено: {export.Title} — строк {rows} → {output}");
        return 0;
    }
}
