using System.Diagnostics;
using Edu.Analytics.Storage;
using Edu.Generation;
using Edu.Loading;
using Edu.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Edu.Analytics.Tests.Integration;

/// <summary>Missing inputs do not stop a recompute: what cannot be computed is said in Russian.</summary>
public class AbsentInputsTests
{
    [Fact]
    public void OneYearWithoutContextAndIndividualVprIsComputedWithMessages()
    {
        using var region = new LoadedRegion(new GeneratorOptions
        {
            Schools = 40,
            Years = 1,
            Seed = 5,
            IndividualProcedures = IndividualProcedureSelection.None,
            Kinds = [GeneratedKind.Schools, GeneratedKind.VprMarks, GeneratedKind.Oge, GeneratedKind.Ege, GeneratedKind.Targets],
        });

        var report = region.Report;

        report.Years.Should().ContainSingle().Which.SchoolsWithResults.Should().BeGreaterThan(0);
        report.Messages.Should().Contain(m => m.StartsWith("Только один год данных", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Нет контекстных данных за", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Нет индивидуальных результатов ВПР", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Нет данных об охвате", StringComparison.Ordinal));
        ResultRows.Read(region.Database, "SELECT count(*) FROM procedure_results WHERE kind = 'ОГЭ' AND grade = 9")[0][0].Should().NotBe(0L);
        ResultRows.Read(region.Database, "SELECT count(*) FROM computation_messages")[0][0].Should().Be((long)report.Messages.Count);
        ResultRows.Read(region.Database, "SELECT count(*) FROM context_index")[0][0].Should().Be(0L);
    }

    [Fact]
    public void AnEmptyDatabaseIsComputedWithMessages()
    {
        var directory = Directory.CreateTempSubdirectory("edu-empty-").FullName;
        try
        {
            var database = new Database(Path.Combine(directory, "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));
            var report = AnalyticsService.Recompute(database, new AnalyticsOptions(), new FakeTimeProvider(LoadedRegion.Now));

            report.Years.Should().BeEmpty();
            report.Messages.Should().Contain(m => m.StartsWith("Нет результатов ВПР, ОГЭ и ЕГЭ", StringComparison.Ordinal));
            report.ToRussianLines().Should().Contain(l => l.Contains("Что не рассчитано и почему", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TheComputeVerbPrintsTheRussianSummaryAndTheMessages()
    {
        var directory = Directory.CreateTempSubdirectory("edu-cli-").FullName;
        try
        {
            var (code, output) = RunCli("compute", "--db", Path.Combine(directory, "analytics.duckdb"));

            code.Should().Be(0);
            output.Should().Contain("Аналитика пересчитана").And.Contain("Нет результатов ВПР, ОГЭ и ЕГЭ");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AnInvalidAnalyticsSettingStopsTheCliAtStart()
    {
        var directory = Directory.CreateTempSubdirectory("edu-cli-").FullName;
        try
        {
            var (code, output) = RunCli(new Dictionary<string, string> { ["Analytics__MinParticipants"] = "0" }, "compute", "--db", Path.Combine(directory, "analytics.duckdb"));

            code.Should().Be(1);
            output.Should().Contain("Analytics").And.Contain("MinParticipants");
            File.Exists(Path.Combine(directory, "analytics.duckdb")).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (int Code, string Output) RunCli(params string[] args) => RunCli(new Dictionary<string, string>(), args);

    private static (int Code, string Output) RunCli(Dictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "edu.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
