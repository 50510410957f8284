using Edu.Analytics;
using Edu.Analytics.Exports;
using Edu.Analytics.Model;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Features.Analytics;
using Edu.Dashboard.Tables;
using Edu.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.TaskResults;

/// <summary>
/// «/tasks»: one ВПР procedure-year (the latest year and its most-written procedure unless chosen) — the tasks of a
/// school or municipality against the region as a chart, the tasks the region fails most first, the municipalities' and
/// the schools' deficits. A municipal user sees its own municipality by default and can choose none other.
/// </summary>
public sealed class IndexModel(TableReader reader, MunicipalityDirectory municipalities, IOptions<AnalyticsOptions> options) : PageModel
{
    public ComputationInfo Computation { get; private set; } = ComputationInfo.None;

    public UserScope Scope => User.Scope();

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Procedures { get; private set; } = [];

    /// <summary>Municipalities a region-wide user may choose: those with task results.</summary>
    public IReadOnlyList<string> Municipalities { get; private set; } = [];

    public int? Year { get; private set; }

    public string? Procedure { get; private set; }

    /// <summary>The place of the chart and of the first table; the region when neither a municipality nor a school is chosen.</summary>
    public ChartPlace Place { get; private set; } = null!;

    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];

    /// <summary>The tasks below the mastery rate in some municipality (in the chosen one only, when one is), the region's weakest first.</summary>
    public IReadOnlyList<MunicipalDeficit> MunicipalDeficits { get; private set; } = [];

    public TableView Schools { get; private set; } = null!;

    public double MasteryRate => options.Value.TaskMasteryRate;

    public double GapPoints => options.Value.TaskGapPoints;

    public bool HasPlace => Place.Login is not null || Place.Municipality is not null;

    public IActionResult OnGet(int? year, string? procedure, string? municipality, string? login)
    {
        var scope = Scope;
        var source = reader.Get<TaskResultsTable>();
        var version = reader.Version();
        var (access, place) = ChartPlace.Resolve(reader, municipalities, scope, version, municipality ?? scope.Municipality, login);
        if (access == PlaceAccess.Forbidden) return Forbid();
        if (access == PlaceAccess.NotFound) return NotFound();
        Place = place;
        Computation = reader.Cache.Get(new DataCacheKey("computation", source.Name, version, scope), c => ComputationInfo.Latest(c, source.MessageTopics));
        // The region's rows are every reader's yardstick; a municipal reader's own rows do not hold them.
        var region = reader.Cache.Get(new DataCacheKey("task-results:region", "", version, scope), c => Export.Region(c), r => r.Count);

        Years = region.Select(r => r.Year).Distinct().OrderDescending().ToList();
        Year = year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault() is var latest and > 0 ? latest : null;
        var regionRows = region.Where(r => r.Year == Year).ToList();
        Procedures = regionRows.Select(r => r.Procedure).Distinct().Order(StringComparer.Ordinal).ToList();
        // The procedure most pupils wrote is the one a reader expects first.
        Procedure = procedure is not null && Procedures.Contains(procedure)
            ? procedure
            : regionRows.OrderByDescending(r => r.Works).ThenBy(r => r.Procedure, StringComparer.Ordinal).Select(r => r.Procedure).FirstOrDefault();
        // Millions of task results at country scale: each part of the page reads its own few rows in DuckDB, never all of them.
        Municipalities = scope.IsRegion
            ? reader.Cache.Get(new DataCacheKey("task-results:municipality-names", "", version, scope), c => Export
                .Values(c, new ExportFilter(null, scope.SqlMunicipality), "municipality", [MunicipalityLevel])
                .Cast<string>().Order(StringComparer.Ordinal).ToList(), m => m.Count)
            : [];

        var chosen = Chosen(scope, version, MunicipalityLevel);
        var placeRows = (place.Login is { } school ? Chosen(scope, version, new ColumnEquals("login", school)) : chosen)
            .Where(r => place.Login is not null ? r.Login == place.Login : r.Level == TaskLevel.Municipality && r.Municipality == place.Municipality)
            .ToDictionary(r => r.TaskNumber);
        Tasks = regionRows.Where(r => r.Procedure == Procedure)
            .OrderBy(r => r.Rate).ThenBy(r => r.TaskNumber)
            .Select(r => new TaskLine(r, HasPlace ? placeRows.GetValueOrDefault(r.TaskNumber) : null))
            .ToList();
        var below = chosen
            .Where(r => r.Level == TaskLevel.Municipality && r.BelowMastery && (place.Municipality is null || r.Municipality == place.Municipality))
            .ToLookup(r => r.TaskNumber);
        MunicipalDeficits = Tasks.Where(t => below.Contains(t.Region.TaskNumber))
            .Select(t => new MunicipalDeficit(t.Region, below[t.Region.TaskNumber].OrderBy(r => r.Rate).ThenBy(r => r.Municipality, StringComparer.Ordinal).ToList()))
            .ToList();

        var request = TableRequest.From(Request.Query, source.FilterKeys)
            .With(TableFilters.YearKey, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .With(TaskResultsTable.ProcedureKey, Procedure ?? "")
            .With(TaskResultsTable.LevelKey, Labels.TaskLevels.Text(TaskLevel.School))
            .With(TaskResultsTable.DeficitKey, "да");
        if (place.Municipality is not null) request = request.With(TableFilters.MunicipalityKey, place.Municipality);
        // The tasks the region fails most first, as in the table above; each task's schools in municipality order.
        if (request.Sort is null) request = request with { Sort = "region_rate" };
        var (schools, withDefaults) = reader.Read(source, version, scope, request);
        Schools = reader.View(source, schools, withDefaults, "/tasks", source.FilterKeys.ToHashSet());
        return Page();
    }

    private static readonly TaskResultsExport Export = new();

    private static readonly ColumnEquals MunicipalityLevel = new("level", Labels.TaskLevels.Text(TaskLevel.Municipality));

    /// <summary>The chosen procedure-year's rows in the scope that also satisfy <paramref name="condition"/>, cached per data version.</summary>
    private IReadOnlyList<TaskResultRow> Chosen(UserScope scope, DataVersion version, ColumnEquals condition) =>
        reader.Cache.Get(new DataCacheKey("task-results:chosen", $"{Year}|{Procedure}|{condition.Column}={condition.Value}", version, scope),
            c => Export.Rows(c, new ExportFilter(Year, scope.SqlMunicipality), [new ColumnEquals("procedure", Procedure), condition]), r => r.Count);

    public string? ChartUrl => Year is { } y && Procedure is { } p ? TaskChartEndpoint.Url(y, p, Place.Municipality, Place.Login) : null;
}
