using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Edu.Dashboard.Tests.Support;

/// <summary>A real child process (./edu, a second dashboard) whose output lines the test can wait for; killed on dispose.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ChildProcess(Process process) => _process = process;

    /// <summary>«dotnet ASSEMBLY ARGS» with the environment of this process changed by <paramref name="environment"/> (null removes).</summary>
    public static ChildProcess Start(string assembly, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        info.ArgumentList.Add(assembly);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) child._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) child._lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Every line printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public int Id => _process.Id;

    /// <summary>Until a printed line contains <paramref name="text"/>; fails with the output when the process ends first.</summary>
    public async Task WaitForLine(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The process ended (exit {_process.ExitCode}) before printing «{text}»:\n{Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for «{text}»:\n{Output}");
            await Task.Delay(25);
        }
    }

    /// <summary>Until the process ends; its exit code.</summary>
    public async Task<int> Exit(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        await _process.WaitForExitAsync(limit.Token);
        // The last lines arrive after the exit; an argument-less wait flushes them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        _process.Dispose();
    }
}
