using System.Diagnostics;
using System.Globalization;
using System.Text;
using Edu.Generation;
using ExcelDataReader;

namespace Edu.Bench;

/// <summary>
/// «-- write»: the generator's own streaming .xlsx writer against SpreadCheetah on the same rows (the 200,000-row
/// vpr-individual bench file), each run in its own child process so that its peak memory is its own, alternating
/// writers to spread the noise of a shared machine; then both files are read back to show their cells are the same.
/// </summary>
internal static class WriteBench
{
    public const string Ours = "ours";
    public const string SpreadCheetah = "spreadcheetah";

    public static int Run(int rows, int repeat, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var files = new Dictionary<string, string>
        {
            [Ours] = Path.Combine(workDir, $"write-{Ours}-{rows}.xlsx"),
            [SpreadCheetah] = Path.Combine(workDir, $"write-{SpreadCheetah}-{rows}.xlsx"),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing the {rows:N0}-row vpr-individual bench file {repeat}× with each writer in {workDir}; machine: {Environment.ProcessorCount} cores"));
        var runs = new List<Measurement>();
        for (var i = 0; i < repeat; i++)
        {
            foreach (var (writer, path) in files)
            {
                var run = IngestBench.Child("write-run", writer, path, rows.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine(run.Format());
                runs.Add(run);
            }
        }

        Console.WriteLine();
        foreach (var group in runs.GroupBy(r => r.Name))
        {
            var seconds = group.Select(r => r.Seconds).Order().ToList();
            var peak = group.Select(r => r.PeakBytes).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-38} median {seconds[seconds.Count / 2],6:0.00} s (min {seconds[0]:0.00}), median peak {peak[peak.Count / 2] / 1024.0 / 1024.0:0} MB, file {group.First().Bytes / 1024.0 / 1024.0:0.0} MB"));
        }

        var difference = FirstDifference(files[Ours], files[SpreadCheetah], out var cells);
        Console.WriteLine(difference is null
            ? string.Create(CultureInfo.InvariantCulture, $"Cell content (ExcelDataReader): identical, {cells:N0} cells")
            : $"Cell content differs: {difference}");
        return 0;
    }

    /// <summary>The measured child: writes the bench file with one writer.</summary>
    public static Measurement Measure(string writer, string path, int rows)
    {
        File.Delete(path);
        var watch = Stopwatch.StartNew();
        var file = writer switch
        {
            Ours => VprIndividualBenchFile.Write(path, rows),
            SpreadCheetah => VprIndividualBenchFile.Write(path, rows, xlsxWriter: (p, sheet) => new SpreadCheetahTableWriter(p, sheet)),
            _ => throw new ArgumentException($"Unknown writer «{writer}»", nameof(writer)),
        };
        watch.Stop();
        return new Measurement($"write ({writer})", watch.Elapsed.TotalSeconds, file.Rows, new FileInfo(path).Length, PeakMemory.Bytes());
    }

    private static string? FirstDifference(string first, string second, out long cells)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        cells = 0;
        using var a = ExcelReaderFactory.CreateReader(File.OpenRead(first));
        using var b = ExcelReaderFactory.CreateReader(File.OpenRead(second));
        for (var row = 1; ; row++)
        {
            var moreA = a.Read();
            if (moreA != b.Read()) return $"row {row}: one file ends earlier";
            if (!moreA) return null;
            var width = Math.Max(a.FieldCount, b.FieldCount);
            for (var i = 0; i < width; i++)
            {
                var x = i < a.FieldCount ? a.GetValue(i) : null;
                var y = i < b.FieldCount ? b.GetValue(i) : null;
                if (!Equals(x, y)) return $"row {row}, column {i + 1}: «{x}» vs «{y}»";
                if (i < a.FieldCount && !Equals(a.GetNumberFormatString(i), b.GetNumberFormatString(i)) && x is not null)
                    return $"row {row}, column {i + 1}: format «{a.GetNumberFormatString(i)}» vs «{b.GetNumberFormatString(i)}»";
                cells++;
            }
        }
    }
}
