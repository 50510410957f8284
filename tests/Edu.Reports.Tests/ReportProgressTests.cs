using Edu.Analytics;
using Edu.Reports.Tests.Support;

namespace Edu.Reports.Tests;

/// <summary>A report tells how far its build has come, so the page that started it can show it.</summary>
[Collection(ReportsCollection.Name)]
public class ReportProgressTests(ReportsFixture fixture)
{
    [Fact]
    public void The_build_reports_each_step_in_russian_and_ends_done()
    {
        var steps = new List<ReportProgress>();
        using (var connection = fixture.Region.Database.Open())
            MonthlyReport.Build(connection, new MonthlyReportRequest(ReportsFixture.Month, ReportsFixture.Municipality, "тест"), fixture.Region.Options, new ProjectOptions(),
                fixture.Region.Output("progress"), fixture.Region.ReportClock, new Recorder(steps));

        steps.Select(s => s.Stage).Should().Equal("чтение таблиц", "построение диаграмм", "запись книги Excel", "готово");
        steps.Select(s => s.Percent).Should().Equal(0, 33, 66, 100);
    }

    // Progress<T> would post to a synchronization context; the build reports on its own thread.
    private sealed class Recorder(List<ReportProgress> steps) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => steps.Add(value);
    }
}
