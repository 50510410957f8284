using Microsoft.Extensions.Options;
using Npgsql;

namespace Edu.Jobs;

/// <summary>Checks «Jobs» at start, so a typo stops the app with a clear Russian message instead of a silent idle inbox.</summary>
public sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var problems = new List<string>();
        var folders = new Dictionary<string, string>
        {
            ["InboxFolder"] = options.InboxFolder,
            ["ProcessingFolder"] = options.ProcessingFolderOrDefault,
            ["ArchiveFolder"] = options.ArchiveFolder,
            ["RejectedFolder"] = options.RejectedFolder,
        };
        foreach (var (key, path) in folders)
        {
            if (string.IsNullOrWhiteSpace(path)) problems.Add($"Jobs:{key}: папка не задана");
        }
        var distinct = folders.Values.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Normalize).Distinct(StringComparer.Ordinal).Count();
        if (distinct < folders.Values.Count(p => !string.IsNullOrWhiteSpace(p)))
            problems.Add("Jobs: папки входящих, обработки, архива и отклонённых должны быть разными");

        if (InboxSchedule.ToCron(options.InboxSchedule, out var scheduleProblem) is null) problems.Add($"Jobs:InboxSchedule: {scheduleProblem}");
        if (options.InboxQuietPeriod < TimeSpan.Zero) problems.Add("Jobs:InboxQuietPeriod: не может быть отрицательным");
        if (options.RetryAttempts is < 0 or > 20) problems.Add("Jobs:RetryAttempts: допустимо от 0 до 20");
        if (options.RetryBackoff < TimeSpan.FromSeconds(1) || options.RetryBackoff > TimeSpan.FromHours(1))
            problems.Add("Jobs:RetryBackoff: допустимо от 00:00:01 до 01:00:00");
        if (options.RecomputeDelay < TimeSpan.Zero || options.RecomputeDelay > TimeSpan.FromHours(1))
            problems.Add("Jobs:RecomputeDelay: допустимо от 00:00:00 до 01:00:00");
        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromMinutes(5))
            problems.Add("Jobs:PollInterval: допустимо от 00:00:00.1 до 00:05:00");

        if (options.UsesPostgreSql)
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.PostgreSqlConnectionString);
            }
            catch (ArgumentException e)
            {
                problems.Add($"Jobs:PostgreSqlConnectionString: строка подключения не разобрана ({e.Message})");
            }
            if (string.IsNullOrWhiteSpace(options.PostgreSqlSchema)) problems.Add("Jobs:PostgreSqlSchema: схема не задана");
        }
        else if (!options.DuckDbWriter)
        {
            // With in-memory storage nobody else can see this instance's queue: its loads would never run.
            problems.Add("Jobs:DuckDbWriter = false имеет смысл только с общим хранилищем: задайте Jobs:PostgreSqlConnectionString");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
