using Edu.Reports.Tests.Support;

namespace Edu.Reports.Tests;

/// <summary>«./edu report monthly» as a user runs it: the real CLI in a child process.</summary>
[Collection(ReportsCollection.Name)]
public class CliTests(ReportsFixture fixture)
{
    [Theory]
    [InlineData("2025-13")]
    [InlineData("10.2025")]
    [InlineData("2999-01")]
    public void ABadMonthExitsWithOneAndARussianMessage(string month)
    {
        var (code, output) = Run("report", "monthly", "--month", month, "--out", fixture.Region.Output("cli-bad"), "--db", DatabasePath);

        code.Should().Be(1);
        output.Should().Contain("Ошибка:").And.Contain(month);
        Directory.Exists(fixture.Region.Output("cli-bad")).Should().BeFalse();
    }

    [Fact]
    public void WritesTheReportAndListsTheFiles()
    {
        var folder = fixture.Region.Output("cli");
        var (code, output) = Run("report", "monthly", "--month", "2025-10", "--out", folder, "--municipality", "Тосненский", "--db", DatabasePath);

        code.Should().Be(0, output);
        output.Should().Contain("Ежемесячный отчёт за октябрь 2025");
        var files = Directory.GetFiles(folder);
        files.Should().Contain(f => f.EndsWith(".xlsx", StringComparison.Ordinal)).And.Contain(f => f.EndsWith(".png", StringComparison.Ordinal));
        foreach (var file in files) output.Should().Contain(file);
    }

    private string DatabasePath => fixture.Region.Database.Path;

    private static (int Code, string Output) Run(params string[] args) => EduProcess.Run(args);
}
