using System.Diagnostics;

namespace Edu.Loading.Tests.Support;

/// <summary>Runs the real `edu` command line (built beside the tests) as a child process.</summary>
public static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "edu.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["EDU_SALT"] = TestDatabase.Salt;
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end and returns the exit code with everything printed.</summary>
    public static async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
