using System.Text;
using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Edu.Dashboard.Tests.Support;

/// <summary>
/// The real app over a real DuckDB file in a temp folder, seeded through the real Loader, with three users:
/// analyst, admin and «luga» (municipal, Лужский район). Each instance has its own database.
/// </summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    public const string Password = "тестовый-пароль";
    public const string Salt = "test-salt-not-secret";

    private static readonly string PasswordHash = UserDirectory.Hash(Password);

    public DashboardFactory()
        : this([])
    {
    }

    /// <summary>The seeded app with more files loaded after the seed (each writes its file into the given folder).</summary>
    private DashboardFactory(IReadOnlyList<Func<string, string>> moreFiles)
    {
        Folder = Directory.CreateTempSubdirectory("edu-dash-").FullName;
        Database = new Database(Path.Combine(Folder, "data", "analytics.duckdb"), DashboardDatabase.Schema);
        var loader = new Loader(Database, new LoadSettings { Salt = Encoding.UTF8.GetBytes(Salt), User = "seed" }, MunicipalityDirectory.LoadDefault(), TimeProvider.System);
        var input = Path.Combine(Folder, "in");
        // The SPEC §11 files before the results: the load history's first page (newest first) keeps showing the ЕГЭ file.
        string[] seeds =
        [
            SeedFiles.Schools(input), SeedFiles.Context(input), SeedFiles.VprMarks(input),
            SeedFiles.Targets(input), SeedFiles.IndicatorValues(input), SeedFiles.Rosters(input), SeedFiles.Decisions(input),
            SeedFiles.Ege(input), SeedFiles.VprIndividual(input), SeedFiles.VprTasks(input),
        ];
        foreach (var file in seeds.Concat(moreFiles.Select(write => write(input))))
        {
            var outcome = loader.Load(file);
            if (outcome.Status != LoadStatus.Loaded) throw new InvalidOperationException($"Seed file {file} was not loaded: {string.Join("; ", outcome.Problems)}");
        }
        // The analytics pages read the result tables, which only a recompute fills (the app does it after loads).
        Edu.Analytics.Storage.AnalyticsService.Recompute(Database, new Edu.Analytics.AnalyticsOptions(), TimeProvider.System);
    }

    /// <summary>
    /// The seed plus two years of ВПР marks (<see cref="SeedFiles.VprMarks2023"/>, <see cref="SeedFiles.VprMarksShnor2024"/>):
    /// the Luga school is «ШНОР» in 2024 on both grounds and flagged for non-objectivity, the Gatchina school neither.
    /// (A factory method, not a constructor: a collection fixture may have only one public constructor.)
    /// </summary>
    public static DashboardFactory WithShnorSchool(int pageSize = 3) => new([SeedFiles.VprMarks2023, SeedFiles.VprMarksShnor2024]) { PageSize = pageSize };

    public string Folder { get; }

    /// <summary>The jobs' inbox folder of this app.</summary>
    public string Inbox => Path.Combine(Folder, "data", "inbox");

    /// <summary>The monthly reports folder of this app.</summary>
    public string Reports => Path.Combine(Folder, "data", "reports");

    public Database Database { get; }

    /// <summary>Upload limit of this factory, in megabytes (small, so a test can exceed it cheaply).</summary>
    public decimal UploadLimitMegabytes { get; init; } = 0.05m;

    public int PageSize { get; init; } = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", Database.Path);
        builder.UseSetting("Privacy:Salt", Salt);
        builder.UseSetting("Dashboard:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Dashboard:Upload:MaxFileMegabytes", UploadLimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Jobs in this factory's folder; short polling, and the inbox scanned only when a test asks.
        builder.UseSetting("Jobs:InboxFolder", Inbox);
        builder.UseSetting("Jobs:ArchiveFolder", Path.Combine(Folder, "data", "inbox-archive"));
        builder.UseSetting("Jobs:RejectedFolder", Path.Combine(Folder, "data", "inbox-rejected"));
        builder.UseSetting("Jobs:InboxSchedule", "0 0 1 1 *");
        builder.UseSetting("Jobs:InboxQuietPeriod", "00:00:00");
        builder.UseSetting("Jobs:PollInterval", "00:00:00.2");
        builder.UseSetting("Jobs:RecomputeDelay", "00:00:00");
        builder.UseSetting("Jobs:RetryAttempts", "0");
        builder.UseSetting("Reports:Folder", Reports);
        var users = new (string Login, string Role, string? Municipality)[]
        {
            ("analyst", Roles.Analyst, null), ("admin", Roles.Admin, null), ("luga", Roles.Municipal, "Лужский"),
        };
        for (var i = 0; i < users.Length; i++)
        {
            builder.UseSetting($"Users:{i}:Login", users[i].Login);
            builder.UseSetting($"Users:{i}:DisplayName", "Тест " + users[i].Login);
            builder.UseSetting($"Users:{i}:Role", users[i].Role);
            builder.UseSetting($"Users:{i}:PasswordHash", PasswordHash);
            if (users[i].Municipality is { } m) builder.UseSetting($"Users:{i}:Municipality", m);
        }
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedIn(string login)
    {
        var client = Anonymous();
        var response = await SignIn(client, login, Password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {login} failed: {response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string login, string password)
    {
        var token = await Html.AntiforgeryToken(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    public T Scalar<T>(string sql, params object?[] parameters)
    {
        using var connection = Database.Open();
        return connection.Scalar<T>(sql, parameters);
    }

    /// <summary>A query over the app's audit journal, which DuckDB reads as the table «audit_log» it replaces.</summary>
    public T Audit<T>(string sql, params object?[] parameters)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var folder = Path.Combine(Folder, "data", AuditLog.FolderName);
        connection.Execute(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.jsonl").Any()
            ? $"CREATE VIEW audit_log AS SELECT * FROM read_json('{folder}/*.jsonl', format = 'newline_delimited', columns = {AuditLog.JournalColumns})"
            : "CREATE TABLE audit_log (occurred_at TIMESTAMP, user_login VARCHAR, action VARCHAR, target VARCHAR, details VARCHAR)");
        return connection.Scalar<T>(sql, parameters);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is harmless if a file is still held for a moment.
        }
    }
}
