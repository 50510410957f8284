using System.Globalization;
using Edu.Analytics.Exports;
using Edu.Spreadsheets;

namespace Edu.Cli.Verbs;

/// <summary>
/// «./edu export TABLE [--year Y] [--municipality M] [--as-of DATE] --out FILE.xlsx|.csv»: reads the published version,
/// so it runs at once while the dashboard serves pages or a load is at work.
/// </summary>
internal static class ExportVerb
{
    private const string Usage = "ожидалось: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx|.csv [--year Г] [--municipality М] [--as-of ДД.ММ.ГГГГ]";

    public static int Run(Arguments args, CliEnvironment env)
    {
        args.Expect(1, Usage, "out", "year", "municipality", "as-of");
        var asOf = AsOfOption.Resolve(args.Option("as-of"), env.Clock);
        var exports = new AnalyticsExports(asOf, env.Analytics, env.Projects);
        var names = string.Join(", ", exports.All.Select(e => e.Name));
        var name = args.Positional.FirstOrDefault() ?? throw new UsageException($"укажите таблицу: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx; доступны: {names}");
        var output = args.Option("out") ?? throw new UsageException("укажите файл выгрузки: --out ФАЙЛ.xlsx или ФАЙЛ.csv");
        var export = exports.Find(name) ?? throw new UsageException($"неизвестная таблица «{name}»; доступны: {names}");
        var filter = new ExportFilter(args.IntOption("year"), MunicipalityOption.Resolve(args.Option("municipality")));
        using var connection = env.Published.Open();
        var rows = export.Write(connection, filter, output, DocumentHeading.ForExport(export.Title, Filters(filter), asOf, env.Clock, Environment.UserName));
        Console.WriteLine($"Выгружено: {export.Title} — строк {rows} → {output}");
        return 0;
    }

    /// <summary>The options that narrowed the rows, as the heading names them.</summary>
    private static IEnumerable<(string, string)> Filters(ExportFilter filter)
    {
        if (filter.Year is { } year) yield return ("год", year.ToString(CultureInfo.InvariantCulture));
        if (filter.Municipality is { } municipality) yield return ("муниципалитет", municipality);
    }
}
