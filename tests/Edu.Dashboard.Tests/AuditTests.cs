using Edu.Dashboard.Tests.Support;

namespace Edu.Dashboard.Tests;

public sealed class AuditTests : IDisposable
{
    private readonly DashboardFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_school_view_and_an_export_are_recorded_with_who_and_what()
    {
        var client = await _app.SignedIn("analyst");
        await client.GetStringAsync("/school/sch470001");
        await client.GetByteArrayAsync("/export/schools?municipality=" + Uri.EscapeDataString("Лужский район"));

        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'school-view' AND user_login = 'analyst' AND target = 'sch470001'").Should().Be(1);
        _app.Audit<string>("SELECT details FROM audit_log WHERE action = 'export' AND user_login = 'analyst' AND target = 'schools'")
            .Should().Be("строк 2; municipality=Лужский район");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE occurred_at > now()::TIMESTAMP - INTERVAL 1 DAY").Should().Be(2);
    }

    [Fact]
    public async Task A_refused_school_view_is_not_recorded_as_a_view()
    {
        var client = await _app.SignedIn("luga");
        await client.GetAsync("/school/sch470003");
        _app.Audit<long>("SELECT count(*) FROM audit_log WHERE action = 'school-view'").Should().Be(0);
    }
}
