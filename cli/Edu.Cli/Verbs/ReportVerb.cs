using Edu.Reports;

namespace Edu.Cli.Verbs;

/// <summary>«./edu report monthly --month ГГГГ-ММ --out ПАПКА [--municipality М]» — the SPEC §8 monthly report, from the published version.</summary>
internal static class ReportVerb
{
    public static int Run(Arguments args, CliEnvironment env)
    {
        var kind = args.Positional.FirstOrDefault();
        if (kind != "monthly") throw new UsageException("укажите вид отчёта: ./edu report monthly --month ГГГГ-ММ --out ПАПКА");
        var monthText = args.Option("month") ?? throw new UsageException("укажите месяц: --month ГГГГ-ММ, например 2025-10");
        if (!ReportMonth.TryParse(monthText, out var month))
            throw new UsageException($"месяц «{monthText}» не распознан: ожидался ГГГГ-ММ, например 2025-10");
        var today = env.Clock.Today;
        if (month.FirstDay > today) throw new UsageException($"месяц {month} ещё не наступил — отчёт строится за прошедший или текущий месяц");
        var output = args.Option("out") ?? throw new UsageException("укажите папку для отчёта: --out ПАПКА");
        var request = new MonthlyReportRequest(month, MunicipalityOption.Resolve(args.Option("municipality")));

        using var connection = env.Published.Open();
        var result = MonthlyReport.Build(connection, request, env.Analytics, env.Projects, output, env.Clock);
        Console.WriteLine($"Ежемесячный отчёт за {month.RussianName} ({request.ScopeName}) сформирован. Файлы:");
        foreach (var path in result.AllPaths) Console.WriteLine("  " + path);
        return 0;
    }
}
