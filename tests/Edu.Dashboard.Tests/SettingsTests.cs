using Edu.Dashboard.Features.Reports;
using Edu.Dashboard.Tests.Support;
using Edu.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Tests;

/// <summary>The «Database», «Privacy» and «Loader» sections in the dashboard: the same options as ./edu, checked at start.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void A_loader_limit_out_of_range_stops_the_app_at_start()
    {
        var act = () => _app.WithWebHostBuilder(b => b.UseSetting("Loader:MaxFileMegabytes", "0")).CreateClient();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Loader:MaxFileMegabytes: допустимо от 1 до 2048 (МБ), указано 0");
    }

    [Fact]
    public void An_empty_database_path_stops_the_app_at_start()
    {
        var act = () => _app.WithWebHostBuilder(b => b.UseSetting("Database:Path", "")).CreateClient();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Database:Path: путь к файлу базы данных не задан");
    }

    [Fact]
    public void Relative_folders_of_jobs_and_reports_are_relative_to_the_database_root()
    {
        using var app = _app.WithWebHostBuilder(b => b
            .UseSetting("Database:Root", _app.Folder)
            .UseSetting("Jobs:InboxFolder", "входящие")
            .UseSetting("Reports:Folder", "отчёты"));

        app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.InboxFolder.Should().Be(Path.Combine(_app.Folder, "входящие"));
        app.Services.GetRequiredService<IOptions<ReportsOptions>>().Value.Folder.Should().Be(Path.Combine(_app.Folder, "отчёты"));
    }
}
