using ClosedXML.Excel;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.BrokenFiles;

/// <summary>Where and what the analyst is told: the message fragment and the sheet, row and column it points at.</summary>
public sealed record ExpectedProblem(string Message, string? Sheet = null, int? Row = null, string? Column = null)
{
    /// <summary>The «файл · лист «…» · строка N · столбец X: » prefix LoadProblem.ToString() must start with.</summary>
    public string Location(string file)
    {
        var parts = new List<string> { file };
        if (Sheet is not null) parts.Add($"лист «{Sheet}»");
        if (Row is not null) parts.Add($"строка {Row}");
        if (Column is not null) parts.Add($"столбец {Column}");
        return string.Join(" · ", parts) + ": ";
    }
}

/// <summary>
/// Loads a file that must be refused and proves everything SPEC §3 promises about a refusal:
/// status, the precise problem at its place, a readable error report, one «отклонён» line in the
/// load history, and not one changed row in any data table.
/// </summary>
public static class Rejection
{
    public static LoadOutcome Load(TestDatabase db, string path, Func<string, LoadOutcome>? load = null)
    {
        var before = DatabaseSnapshot.Take(db);
        var loadsBefore = db.Scalar<long>("SELECT count(*) FROM loads");

        var outcome = (load ?? db.Load)(path);

        outcome.Status.Should().Be(LoadStatus.Rejected, "the file is broken: {0}", string.Join("; ", outcome.Problems));
        outcome.Rows.Should().Be(0);
        outcome.ProblemCount.Should().BeGreaterThanOrEqualTo(outcome.Problems.Count).And.BePositive();

        DatabaseSnapshot.Take(db).Should().Equal(before, "a rejected file must not change a single data row");
        db.Scalar<long>("SELECT count(*) FROM loads").Should().Be(loadsBefore + 1, "the rejection is recorded once");
        var history = db.Rows("SELECT outcome, row_count, error_count, file_name FROM loads WHERE load_id = $p0", outcome.LoadId);
        history.Should().ContainSingle().Which.Should().Equal("отклонён", 0, outcome.ProblemCount, Path.GetFileName(path));

        outcome.ErrorReportPath.Should().NotBeNull();
        File.Exists(outcome.ErrorReportPath).Should().BeTrue("a rejected file keeps a downloadable error report");
        return outcome;
    }

    /// <summary>Asserts the outcome reports this problem, at this place, in the outcome and in the error report.</summary>
    public static LoadProblem ShouldReport(this LoadOutcome outcome, ExpectedProblem expected)
    {
        // The first match in file order: a file may repeat one problem in many rows.
        var problem = outcome.Problems.FirstOrDefault(p => p.Message.Contains(expected.Message, StringComparison.Ordinal));
        problem.Should().NotBeNull("expected «{0}» among: {1}", expected.Message, string.Join(" | ", outcome.Problems));
        problem!.File.Should().Be(outcome.File);
        problem.Sheet.Should().Be(expected.Sheet);
        problem.Row.Should().Be(expected.Row);
        problem.Column.Should().Be(expected.Column);
        problem.ToString().Should().StartWith(expected.Location(outcome.File)).And.EndWith(problem.Message);

        ReportRows(outcome.ErrorReportPath!).Should().Contain(
            r => r.Message == problem.Message && r.Sheet == (expected.Sheet ?? "") && r.Row == expected.Row && r.Column == (expected.Column ?? ""),
            "the error report lists the problem where the analyst will look for it");
        return problem;
    }

    public sealed record ReportRow(string Sheet, int? Row, string Column, string Message);

    /// <summary>Reads the error report back with ClosedXML, as the analyst's Excel would open it.</summary>
    public static List<ReportRow> ReportRows(string path) => ReadReport(path).Rows;

    /// <summary>The line under the report's heading: why no copy of the file was kept, when none was.</summary>
    public static string ReportNote(string path)
    {
        using var book = new XLWorkbook(path);
        return book.Worksheet("Ошибки").Cell(2, 1).GetString();
    }

    public static (string Heading, List<ReportRow> Rows) ReadReport(string path)
    {
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheet("Ошибки");
        var rows = new List<ReportRow>();
        for (var r = 4; !sheet.Cell(r, 5).IsEmpty(); r++)
        {
            var rowCell = sheet.Cell(r, 3);
            rows.Add(new ReportRow(sheet.Cell(r, 2).GetString(), rowCell.IsEmpty() ? null : rowCell.GetValue<int>(),
                sheet.Cell(r, 4).GetString(), sheet.Cell(r, 5).GetString()));
        }
        return (sheet.Cell(1, 1).GetString(), rows);
    }
}
