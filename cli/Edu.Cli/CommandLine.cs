using DuckDB.NET.Data;
using Edu.Cli.Verbs;
using Edu.Loading.Reading;
using Edu.Storage.Publishing;

namespace Edu.Cli;

/// <summary>The «./edu» entry point: one verb per command, Russian output, SPEC §5 exit codes.</summary>
internal static class CommandLine
{
    private const string Usage = """
        Использование: ./edu КОМАНДА [параметры]
          up                                   встроенный пример: создать базу и загрузить data-samples/
          load ПУТЬ... [--no-compute]          загрузить файлы или папки; затем пересчитать аналитику,
                                               если хотя бы один файл загружен
          compute [--year Г] [--verbose]       пересчитать аналитику (все годы; --year — итоги за год;
                                               --verbose — сколько времени занял каждый шаг)
          export ТАБЛИЦА --out ФАЙЛ.xlsx|.csv  выгрузить таблицу: schools, loads, indicators, shnor,
                 [--year Г] [--municipality М]  context, resilient, stable-high, objectivity, mentors,
                                               school-statuses (в .xlsx — заголовок с отбором и временем МСК)
                 [--as-of ДД.ММ.ГГГГ]          (--as-of — дата статусов целевых показателей, по умолчанию
                                               сегодня; --year для indicators — год срока цели)
          report monthly --month ГГГГ-ММ --out ПАПКА [--municipality М]
                                               ежемесячный отчёт (.xlsx и диаграммы .png) на последний
                                               день месяца; --municipality — только этот муниципалитет
          generate [--schools N] [--years K] [--seed S] --out ПАПКА
                                               создать синтетические входные файлы
        Общие параметры: --db ПУТЬ (или переменная EDU_DB; по умолчанию data/analytics.duckdb)
        """;

    public static Task<int> RunAsync(string[] argv)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (argv.Length == 0 || argv[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return Task.FromResult(argv.Length == 0 ? 1 : 0);
        }
        var args = new Arguments(argv.Skip(1));
        try
        {
            using var env = CliEnvironment.Create(args);
            var code = argv[0] switch
            {
                "load" => LoadVerb.Run(args, env),
                "compute" => ComputeVerb.Run(args, env),
                "export" => ExportVerb.Run(args, env),
                "report" => ReportVerb.Run(args, env),
                "up" => UpVerb.Run(args, env),
                "generate" => GenerateVerb.Run(args, env),
                _ => throw new UsageException($"неизвестная команда «{argv[0]}»\n{Usage}"),
            };
            return Task.FromResult(code);
        }
        catch (Exception e) when (e is UsageException or UnreadableFileException or WriterBusyException)
        {
            // Each of these carries a complete Russian message: a mistake in the command, a file that cannot be
            // read, a writer that kept the database longer than Database:WriterWait.
            Console.Error.WriteLine("Ошибка: " + e.Message);
            return Task.FromResult(1);
        }
        catch (DuckDBException e)
        {
            // Writers take turns and readers open published versions, so a lock here means a process outside
            // this arrangement (an older ./edu, a DuckDB shell) holds the file; say so plainly.
            var locked = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);
            Console.Error.WriteLine(locked
                ? "Ошибка: файл базы данных открыт другой программой (например, оболочкой DuckDB или старой версией ./edu). Закройте её и повторите. " + e.Message
                : "Ошибка базы данных: " + e.Message);
            return Task.FromResult(1);
        }
    }
}
