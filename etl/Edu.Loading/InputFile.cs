namespace Edu.Loading;

/// <summary>A file to load: where it is stored, and the name the analyst knows it by (used in messages and the history).</summary>
public sealed record InputFile(string Path, string Name);
