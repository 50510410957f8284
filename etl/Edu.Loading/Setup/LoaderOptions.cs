using System.Globalization;

namespace Edu.Loading.Setup;

/// <summary>Section «Loader»: limits of the files the loader accepts and of the work one file may cause.</summary>
public sealed class LoaderOptions
{
    public const string Section = "Loader";

    public const int LargestAllowedFileMegabytes = 2048;

    /// <summary>Largest input file, in megabytes; larger ones are rejected before they are read.</summary>
    public int MaxFileMegabytes { get; set; } = 200;

    /// <summary>
    /// Longest one file's load may take, reading to commit (the largest real files take a minute or two); a longer
    /// one is stopped and refused, so that no file holds the single writer for ever.
    /// </summary>
    public TimeSpan MaxLoadTime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Most memory one file's load may add, in megabytes (its shared strings, the keys it checks for duplicates…).</summary>
    public int MaxMemoryMegabytes { get; set; } = 2048;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public long MaxMemoryBytes => MaxMemoryMegabytes * 1024L * 1024L;

    /// <summary>Russian descriptions of what is wrong, empty when the section is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxFileMegabytes is < 1 or > LargestAllowedFileMegabytes)
            problems.Add($"{Section}:MaxFileMegabytes: допустимо от 1 до {LargestAllowedFileMegabytes} (МБ), указано {MaxFileMegabytes}");
        if (MaxLoadTime < TimeSpan.FromSeconds(1) || MaxLoadTime > TimeSpan.FromHours(24))
            problems.Add($"{Section}:MaxLoadTime: допустимо от 00:00:01 до 1.00:00:00, указано {MaxLoadTime.ToString("c", CultureInfo.InvariantCulture)}");
        if (MaxMemoryMegabytes is < 16 or > 65_536)
            problems.Add($"{Section}:MaxMemoryMegabytes: допустимо от 16 до 65536 (МБ), указано {MaxMemoryMegabytes}");
        return problems;
    }
}
