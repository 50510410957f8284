using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Cli.Verbs;

/// <summary>«./edu export TABLE [--year Y] [--municipality M] [--as-of DATE] --out FILE.xlsx|.csv».</summary>
internal static class ExportVerb
{
    private static readonly string AllNames = string.Join(", ", new[] { "schools", "loads" }.Concat(AnalyticsExports.Names));

    public static int Run(Arguments args, CliEnvironment env)
    {
        var name = args.Positional.FirstOrDefault() ?? throw new UsageException($"укажите таблицу: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx; доступны: {AllNames}");
        var output = args.Option("out") ?? throw new UsageException("укажите файл выгрузки: --out ФАЙЛ.xlsx или ФАЙЛ.csv");
        var filter = new ExportFilter(args.IntOption("year"), MunicipalityOption.Resolve(args.Option("municipality")));
        var asOf = AsOfOption.Resolve(args.Option("as-of"), env.Time);
        using var connection = env.Database.Open();
        var table = name switch
        {
            "schools" => RegistryExports.Schools(connection, filter.Municipality),
            "loads" => RegistryExports.Loads(connection),
            _ => AnalyticsExports.Query(name, connection, filter, asOf, env.Analytics)
                ?? throw new UsageException($"неизвестная таблица «{name}»; доступны: {AllNames}"),
        };
        ExportWriter.Write(table, output);
        Console.WriteLine($"Выгружено: {table.Title} — строк {table.Rows.Count} → {output}");
        return 0;
    }
}
