namespace Edu.Loading.Reading;

/// <summary>One part of a zip package as the package's central directory declares it.</summary>
internal sealed record ZipEntryRecord(string Name, int Method, long CompressedSize, long DeclaredSize, long LocalHeaderOffset)
{
    public const int Stored = 0;
    public const int Deflated = 8;
}
