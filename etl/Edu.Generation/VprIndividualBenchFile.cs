using System.Globalization;

namespace Edu.Generation;

/// <summary>
/// One big ВПР Математика 5 individual file for the ingest benchmark. Its schools are those of
/// the region that <see cref="RegionGenerator"/> builds for the same <c>schools</c> and
/// <c>seed</c> (other options at their defaults), so load the registry of that region first and
/// every login resolves. Rows cycle through the region's schools with grade 5, pass after pass
/// (each pass simulates another year's stream and shifts participant codes by 1,000), until
/// <c>rows</c> participants are written.
/// </summary>
public static class VprIndividualBenchFile
{
    public static GeneratedFile Write(string path, int rows = 200_000, int seed = 47, int schools = 350)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var options = new GeneratorOptions { Schools = schools, Seed = seed };
        var region = RegionBuilder.Build(options);
        var procedure = VprCatalog.Find("Математика", 5) ?? throw new InvalidOperationException("Математика 5 is missing from the catalog.");
        var outDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(outDir);

        using var file = VprIndividualFile.Open(region, outDir, Path.GetFileName(path), procedure, options.LastYear);
        var writer = new VprIndividualFile.RowWriter(region, file, procedure, options.LastYear) { Limit = rows };
        var writers = region.ByLogin.Where(s => s.SitsAssessments && s.HasGrade(5)).ToList();
        for (var pass = 0; file.DataRows < rows; pass++)
        {
            var year = region.Years[pass % region.Years.Count];
            foreach (var school in writers)
            {
                writer.School(school, codeOffset: pass * 1000, simulateAsYear: year);
                if (file.DataRows >= rows)
                {
                    break;
                }
            }
        }

        file.Quirks.Add($"benchmark file: {rows.ToString(CultureInfo.InvariantCulture)} rows over the region of seed {seed.ToString(CultureInfo.InvariantCulture)} with {schools.ToString(CultureInfo.InvariantCulture)} schools");
        return file.Describe(GeneratedKind.VprIndividual, options.LastYear, procedure.Subject, procedure.Grade);
    }
}
