using System.IO.Compression;
using Edu.Reports.Tests.Support;

namespace Edu.Reports.Tests;

/// <summary>Charts are embedded in the workbook as PNG pictures and also written beside it as valid PNG files.</summary>
[Collection(ReportsCollection.Name)]
public class ImageTests(ReportsFixture fixture)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void WorkbookHoldsEveryChartAsAPngWiredThroughADrawing()
    {
        using var zip = ZipFile.OpenRead(fixture.Whole.WorkbookPath);
        var media = zip.Entries.Where(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)).ToList();
        media.Should().HaveCount(fixture.Whole.ChartPaths.Count).And.OnlyContain(e => e.FullName.EndsWith(".png", StringComparison.Ordinal));

        var drawing = zip.Entries.Should().ContainSingle(e => e.FullName.StartsWith("xl/drawings/drawing", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Subject;
        var drawingName = Path.GetFileName(drawing.FullName);
        Read(zip, "xl/worksheets/_rels/sheet1.xml.rels").Should().Contain("drawings/" + drawingName);
        var drawingRels = Read(zip, $"xl/drawings/_rels/{drawingName}.rels");
        foreach (var entry in media) drawingRels.Should().Contain("media/" + entry.Name);
        Read(zip, drawing.FullName).Should().Contain("<xdr:pic");
    }

    [Fact]
    public void ChartFilesExistBesideTheWorkbookAndAreValidPngs()
    {
        fixture.Whole.ChartPaths.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var path in fixture.Whole.ChartPaths)
        {
            Path.GetDirectoryName(path).Should().Be(Path.GetDirectoryName(fixture.Whole.WorkbookPath));
            var bytes = File.ReadAllBytes(path);
            bytes.Take(8).Should().Equal(PngSignature, path);
            using var image = SkiaSharp.SKBitmap.Decode(bytes);
            image.Should().NotBeNull(path);
            image.Width.Should().Be(1000);
            image.Height.Should().BeGreaterThan(200);
        }
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException($"{name} missing"));
        return reader.ReadToEnd();
    }
}
