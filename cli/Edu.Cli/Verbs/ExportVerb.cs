using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Cli.Verbs;

/// <summary>«./edu export TABLE [--year Y] [--municipality M] [--as-of DATE] --out FILE.xlsx|.csv».</summary>
internal static class ExportVerb
{
    private const string Usage = "ожидалось: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx|.csv [--year Г] [--municipality М] [--as-of ДД.ММ.ГГГГ]";

    public static int Run(Arguments args, CliEnvironment env)
    {
        args.Expect(1, Usage, "out", "year", "municipality", "as-of");
        var asOf = AsOfOption.Resolve(args.Option("as-of"), env.Time);
        var exports = new AnalyticsExports(asOf, env.Analytics);
        var names = string.Join(", ", exports.All.Select(e => e.Name));
        var name = args.Positional.FirstOrDefault() ?? throw new UsageException($"укажите таблицу: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx; доступны: {names}");
        var output = args.Option("out") ?? throw new UsageException("укажите файл выгрузки: --out ФАЙЛ.xlsx или ФАЙЛ.csv");
        var export = exports.Find(name) ?? throw new UsageException($"неизвестная таблица «{name}»; доступны: {names}");
        var filter = new ExportFilter(args.IntOption("year"), MunicipalityOption.Resolve(args.Option("municipality")));
        using var connection = env.Database.Open();
        var table = export.Query(connection, filter);
        ExportWriter.Write(table, output);
        Console.WriteLine($"Выгружено: {table.Title} — строк {table.RowCount} → {output}");
        return 0;
    }
}
