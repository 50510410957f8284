using System.Text.Json;
using Edu.Analytics;
using Edu.Dashboard.Access;
using Edu.Dashboard.Data;
using Edu.Reports;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Reports;

/// <summary>One generated report: its folder name (the id), month, scope, when it was made and its file names.</summary>
public sealed record StoredReport(string Id, string Month, string? Municipality, DateTimeOffset CreatedAt, string Workbook, IReadOnlyList<string> Charts)
{
    public string ScopeName => Municipality ?? "весь регион";

    public IEnumerable<string> Files => Charts.Prepend(Workbook);
}

/// <summary>
/// The reports folder: each report in its own subfolder (id «2025-12_region» or «2025-12_Лужский_район») with a
/// report.json manifest naming its month, scope and files. Files are found by id and name among the manifests,
/// never by a path from the client, and a municipal scope sees only its own municipality's reports (SPEC §9).
/// </summary>
public sealed class ReportStore(
    DashboardDatabase database, IOptions<AnalyticsOptions> analytics, IOptions<ProjectOptions> projects, IOptions<ReportsOptions> options, TimeProvider time)
{
    private const string Manifest = "report.json";
    private static readonly Lock Writing = new();

    public string Folder => Path.GetFullPath(options.Value.Folder);

    /// <summary>The id (and folder name) of the report of <paramref name="month"/> for the region or one municipality.</summary>
    public static string IdOf(ReportMonth month, string? municipality) => $"{month}_{Slug(municipality)}";

    /// <summary>
    /// Builds (or rebuilds) the report of <paramref name="month"/> for the region or one municipality, naming
    /// <paramref name="user"/> on its sheets; <paramref name="progress"/> hears each step.
    /// </summary>
    public StoredReport Generate(ReportMonth month, string? municipality, string user, IProgress<ReportProgress>? progress = null)
    {
        var id = IdOf(month, municipality);
        lock (Writing)
        {
            var directory = Path.Combine(Folder, id);
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            MonthlyReportResult result;
            using (var connection = database.Open())
                result = MonthlyReport.Build(connection, new MonthlyReportRequest(month, municipality, user), analytics.Value, projects.Value, directory, time, progress);
            var report = new StoredReport(id, month.ToString(), municipality, time.GetUtcNow(),
                Path.GetFileName(result.WorkbookPath), [.. result.ChartPaths.Select(p => Path.GetFileName(p))]);
            File.WriteAllText(Path.Combine(directory, Manifest), JsonSerializer.Serialize(report));
            return report;
        }
    }

    /// <summary>The reports <paramref name="scope"/> may see, newest month first.</summary>
    public IReadOnlyList<StoredReport> List(UserScope scope)
    {
        if (!Directory.Exists(Folder)) return [];
        var reports = new List<StoredReport>();
        foreach (var directory in Directory.EnumerateDirectories(Folder))
        {
            var manifest = Path.Combine(directory, Manifest);
            if (!File.Exists(manifest)) continue;
            StoredReport? report;
            try
            {
                report = JsonSerializer.Deserialize<StoredReport>(File.ReadAllText(manifest));
            }
            catch (JsonException)
            {
                continue;
            }
            if (report is null || report.Id != Path.GetFileName(directory) || !Visible(report, scope)) continue;
            reports.Add(report);
        }
        return [.. reports.OrderByDescending(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Municipality is not null).ThenBy(r => r.Municipality, StringComparer.Ordinal)];
    }

    /// <summary>The report with <paramref name="id"/> whatever the scope, or null.</summary>
    public StoredReport? Find(string id) => List(UserScope.Region).FirstOrDefault(r => r.Id == id);

    /// <summary>The full path of <paramref name="name"/> when the report lists it and it lies inside the reports folder.</summary>
    public string? PathOf(StoredReport report, string name)
    {
        if (!report.Files.Contains(name, StringComparer.Ordinal)) return null;
        var root = Folder + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(Folder, report.Id, name));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>The region's reports for region-wide roles; a municipality's own reports for it; nothing else.</summary>
    public static bool Visible(StoredReport report, UserScope scope) =>
        scope.IsRegion || (report.Municipality is { } m && scope.Covers(m));

    private static string Slug(string? municipality) => municipality is null
        ? "region"
        : string.Concat(municipality.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
}
