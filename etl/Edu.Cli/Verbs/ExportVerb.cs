using Edu.Etl.Export;

namespace Edu.Cli.Verbs;

/// <summary>«./edu export TABLE [--year Y] [--municipality M] [--as-of DATE] --out FILE.xlsx|.csv».</summary>
internal static class ExportVerb
{
    public static int Run(Arguments args, CliEnvironment env)
    {
        var name = args.Positional.FirstOrDefault() ?? throw new UsageException("укажите таблицу: ./edu export schools|loads|… --out ФАЙЛ.xlsx");
        var output = args.Option("out") ?? throw new UsageException("укажите файл выгрузки: --out ФАЙЛ.xlsx или ФАЙЛ.csv");
        var municipality = MunicipalityOption.Resolve(args.Option("municipality"));
        using var connection = env.Database.Open();
        var table = name switch
        {
            "schools" => EtlTables.Schools(connection, municipality),
            "loads" => EtlTables.Loads(connection),
            _ => throw new UsageException($"неизвестная таблица «{name}»; доступны: schools, loads"),
        };
        ExportWriter.Write(table, output);
        Console.WriteLine($"Выгружено: {table.Title} — строк {table.Rows.Count} → {output}");
        return 0;
    }
}
