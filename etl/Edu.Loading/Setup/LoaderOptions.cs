namespace Edu.Loading.Setup;

/// <summary>Section «Loader»: limits of the files the loader accepts.</summary>
public sealed class LoaderOptions
{
    public const string Section = "Loader";

    public const int LargestAllowedFileMegabytes = 2048;

    /// <summary>Largest input file, in megabytes; larger ones are rejected before they are read.</summary>
    public int MaxFileMegabytes { get; set; } = 200;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    /// <summary>Russian descriptions of what is wrong, empty when the section is usable.</summary>
    public IReadOnlyList<string> Problems() => MaxFileMegabytes is >= 1 and <= LargestAllowedFileMegabytes
        ? []
        : [$"{Section}:MaxFileMegabytes: допустимо от 1 до {LargestAllowedFileMegabytes} (МБ), указано {MaxFileMegabytes}"];
}
