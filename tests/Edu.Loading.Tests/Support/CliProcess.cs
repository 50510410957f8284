using System.Diagnostics;

namespace Edu.Loading.Tests.Support;

/// <summary>Runs the real `edu` command line (built beside the tests) as a child process.</summary>
public static class CliProcess
{
    public static Process Start(params string[] args) => Start(new Dictionary<string, string?>(), null, args);

    /// <summary>
    /// With <paramref name="environment"/> set on top of this process's (a null value removes a variable) and,
    /// if given, another working directory.
    /// </summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, string? workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "edu.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["EDU_SALT"] = TestDatabase.Salt;
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end and returns the exit code with everything printed.</summary>
    public static Task<(int ExitCode, string Output)> Run(params string[] args) => Run(new Dictionary<string, string?>(), null, args);

    public static async Task<(int ExitCode, string Output)> Run(IReadOnlyDictionary<string, string?> environment, string? workingDirectory, params string[] args)
    {
        using var process = Start(environment, workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
