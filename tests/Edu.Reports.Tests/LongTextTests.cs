using ClosedXML.Excel;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Reports.Tests.Support;
using Edu.Storage;

namespace Edu.Reports.Tests;

/// <summary>
/// A name longer than an Excel cell holds, already in the database (loaded before such text was refused at load):
/// every .xlsx export and the monthly report still come out, with the text cut and marked, instead of aborting.
/// </summary>
[Collection(ReportsCollection.Name)]
public sealed class LongTextTests : IDisposable
{
    private const int Length = 40_000;
    private const string Mark = "… [сокращено: 40\u00a0000 символов]";

    private readonly string _folder = Directory.CreateTempSubdirectory("edu-long-text-").FullName;
    private readonly string _database;

    public LongTextTests(ReportsFixture fixture)
    {
        // A copy of the sample region in which every school's name is 40,000 characters long, in the registry and the results.
        _database = Path.Combine(_folder, "analytics.duckdb");
        File.Copy(fixture.Region.Database.Path, _database);
        var database = new Database(_database, Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations));
        using var connection = database.Open();
        connection.Execute($"UPDATE schools SET name = repeat('Ш', {Length})");
        var tables = connection.Rows("SELECT table_name FROM information_schema.columns WHERE column_name = 'school_name'", r => r.GetString(0));
        foreach (var table in tables) connection.Execute($"UPDATE {table} SET school_name = repeat('Ш', {Length})");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("schools")]
    [InlineData("context")]
    [InlineData("resilient")]
    [InlineData("objectivity")]
    public void An_xlsx_export_cuts_text_longer_than_a_cell_with_a_visible_mark(string table)
    {
        var output = Path.Combine(_folder, table + ".xlsx");

        var (code, text) = Run("export", table, "--out", output, "--db", _database);

        code.Should().Be(0, text);
        using var book = new XLWorkbook(output);
        var names = book.Worksheets.First().CellsUsed().Select(c => c.GetString()).Where(s => s.Length > 1000).ToList();
        names.Should().NotBeEmpty().And.OnlyContain(s => s.Length == 32_767 && s.EndsWith(Mark, StringComparison.Ordinal) && s.StartsWith("ШШШ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_monthly_report_comes_out_with_the_long_names_cut_and_marked()
    {
        var output = Path.Combine(_folder, "report");

        var (code, text) = Run("report", "monthly", "--month", "2025-10", "--out", output, "--db", _database);

        code.Should().Be(0, text);
        using var book = new XLWorkbook(Directory.GetFiles(output, "*.xlsx").Single());
        // The names only: decision texts of the report are long too, and whole.
        var cut = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).Where(s => s.Length > 1000 && s.StartsWith("ШШШ", StringComparison.Ordinal)).ToList();
        cut.Should().NotBeEmpty().And.OnlyContain(s => s.Length == 32_767 && s.EndsWith(Mark, StringComparison.Ordinal));
    }

    private static (int Code, string Output) Run(params string[] args) => EduProcess.Run(args);
}
