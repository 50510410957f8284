using System.Text;
using Edu.Loading.Reading;

namespace Edu.Loading.Tests.Reading;

/// <summary>The sniffer's search for an encrypted package reads the file in 64 KB chunks; a marker may straddle two.</summary>
public sealed class FileSnifferTests : IDisposable
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly string _folder = Directory.CreateTempSubdirectory("edu-sniff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(100)]
    [InlineData(64 * 1024 - 5)]
    [InlineData(64 * 1024 - 31)]
    [InlineData(64 * 1024)]
    [InlineData(3 * 64 * 1024 - 17)]
    public void An_encrypted_package_is_found_wherever_its_name_sits(int offset)
    {
        var path = OleFile(offset, "EncryptedPackage");
        var act = () => FileSniffer.Inspect(path, ReaderLimits.Default);
        act.Should().Throw<UnreadableFileException>().WithMessage("файл защищён паролем*");
    }

    [Fact]
    public void An_ordinary_xls_is_not_taken_for_an_encrypted_one()
    {
        // Split across the chunk boundary and broken by one byte: no match may be stitched together.
        var path = OleFile(64 * 1024 - 10, "EncryptedPackagX");
        FileSniffer.Inspect(path, ReaderLimits.Default).Should().Be(SpreadsheetFormat.Xls);
    }

    private string OleFile(int offset, string marker)
    {
        var bytes = new byte[offset + 400 * 1024 / 2];
        OleMagic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(marker).CopyTo(bytes, offset);
        var path = Path.Combine(_folder, $"книга-{offset}.xls");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
