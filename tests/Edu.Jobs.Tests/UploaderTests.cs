using Edu.Jobs.Inbox;
using Edu.Jobs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Edu.Jobs.Tests;

/// <summary>Who uploaded a file travels with its ticket, so the load history can name them; inbox files have no uploader.</summary>
public sealed class UploaderTests
{
    [Fact]
    public async Task An_uploaded_ticket_names_its_uploader_and_the_sidecar_is_not_taken_for_the_file()
    {
        await using var host = await JobsHost.StartAsync();
        var folders = host.Services.GetRequiredService<InboxFolders>();
        using var content = new MemoryStream([1, 2, 3]);
        var ticket = folders.Accept(content, "Отчёт.xlsx", "analyst");

        var file = folders.FileOf(ticket.Id);
        Path.GetFileName(file).Should().Be("Отчёт.xlsx");
        InboxFolders.UploaderOf(file!).Should().Be("analyst");
        folders.Pending().Should().ContainSingle(t => t.Id == ticket.Id && t.FileName == "Отчёт.xlsx");
        folders.Release(ticket.Id);
    }

    [Fact]
    public async Task A_file_taken_from_the_inbox_has_no_uploader()
    {
        await using var host = await JobsHost.StartAsync();
        var folders = host.Services.GetRequiredService<InboxFolders>();
        folders.EnsureExist();
        var dropped = Path.Combine(host.Inbox, "Отчёт.xlsx");
        await File.WriteAllBytesAsync(dropped, [1, 2, 3]);
        var ticket = folders.Take(new FileInfo(dropped))!;

        InboxFolders.UploaderOf(folders.FileOf(ticket.Id)!).Should().BeNull();
        folders.Release(ticket.Id);
    }
}
