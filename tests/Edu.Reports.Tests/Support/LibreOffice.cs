using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Edu.Reports.Tests.Support;

/// <summary>
/// Documents as a person sees them: LibreOffice (headless) prints a workbook to PDF, poppler reads the PDF back — its
/// text, its pages, its pictures. Installed by «.ci/setup --tests»; each conversion gets its own LibreOffice profile,
/// so parallel runs on the machine do not share one.
/// </summary>
public static partial class LibreOffice
{
    /// <summary>Prints every workbook to a PDF of the same name in <paramref name="folder"/>.</summary>
    public static void Print(IReadOnlyList<string> workbooks, string folder)
    {
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(Path.GetTempPath(), "edu-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, .. workbooks], TimeSpan.FromMinutes(5));
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
        foreach (var workbook in workbooks)
        {
            var pdf = PdfOf(workbook, folder);
            if (!File.Exists(pdf)) throw new InvalidOperationException($"LibreOffice made no PDF of {workbook}");
        }
    }

    public static string PdfOf(string workbook, string folder) => Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");

    /// <summary>The PDF's text, page after page.</summary>
    public static string Text(string pdf) => Run("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));

    public static int Pages(string pdf) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1))).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page of each picture drawn, in order: a picture split across pages is drawn on each of them.</summary>
    public static List<int> ImagePages(string pdf) =>
        Run("pdfimages", ["-list", pdf], TimeSpan.FromMinutes(1)).Split('\n').Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 2 && f[2] == "image")
            .Select(f => int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static string Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took longer than {timeout}");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
