using System.Globalization;
using Edu.Generation.Committee;
using Edu.Generation.SelfDiagnostics;

namespace Edu.Generation;

/// <summary>
/// Writes a realistic synthetic region as the input files of SPEC §3, in the messy layouts real
/// files have, plus generation-manifest.json. Same options and seed → byte-identical files.
/// Rows are streamed; only one object per school is held, so 40,000 schools fit in little memory.
/// </summary>
public static class RegionGenerator
{
    public static GenerationManifest Generate(GeneratorOptions options, string outDir, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(outDir);
        var region = RegionBuilder.Build(options);
        progress?.Report($"Регион: {region.Schools.Count} ОО, {region.Schools.Sum(s => (long)s.Enrolment)} обучающихся");

        var files = new List<GeneratedFile>();
        void Add(GeneratedFile file)
        {
            files.Add(file);
            progress?.Report($"{file.Path}: строк {file.Rows.ToString(CultureInfo.InvariantCulture)}");
        }

        if (options.Writes(GeneratedKind.Schools))
        {
            Add(SchoolsFile.Write(region, outDir));
        }

        foreach (var year in region.Years)
        {
            if (options.Writes(GeneratedKind.Context))
            {
                Add(ContextFile.Write(region, outDir, year));
            }

            if (options.Writes(GeneratedKind.VprMarks))
            {
                Add(VprMarksFile.Write(region, outDir, year));
            }

            var individual = VprCatalog.All.Where(p => region.HasIndividualFile(p, year)).ToList();
            if (options.Writes(GeneratedKind.VprIndividual))
            {
                foreach (var procedure in individual)
                {
                    Add(VprIndividualFile.Write(region, outDir, procedure, year));
                }
            }

            // Task results exist only where individual results do: the codifier describes those papers.
            if (options.Writes(GeneratedKind.VprTasks) && individual.Count > 0)
            {
                Add(VprTasksFile.Write(region, outDir, year, individual));
            }

            if (options.Writes(GeneratedKind.Oge))
            {
                foreach (var subject in ExamCatalog.Oge.Where(s => options.WritesOge(s.Name, year)))
                {
                    Add(OgeFile.Write(region, outDir, subject, year));
                }
            }

            if (options.Writes(GeneratedKind.Ege))
            {
                Add(EgeFile.Write(region, outDir, year));
            }
        }

        if (options.Writes(GeneratedKind.Coverage))
        {
            var dates = CoverageFile.ReportingDates(options);
            for (var i = 0; i < dates.Count; i++)
            {
                // One file (the second) keeps every number as text, as some municipal reports do.
                Add(CoverageFile.Write(region, outDir, dates[i], numbersAsText: i == 1));
            }
        }

        if (options.Writes(GeneratedKind.Targets))
        {
            Add(TargetsFile.Write(region, outDir));
        }

        if (options.Writes(GeneratedKind.IndicatorValues))
        {
            Add(IndicatorValuesFile.Write(region, outDir));
        }

        // The project's roster and its schools' self-diagnostics come from one draw.
        var rounds = new SdRounds(region);
        if (options.Writes(GeneratedKind.Rosters))
        {
            Add(RostersFile.Write(region, rounds, outDir));
        }

        if (options.Writes(GeneratedKind.Decisions))
        {
            Add(DecisionsFile.Write(outDir));
        }

        if (options.Writes(GeneratedKind.SelfDiagnostics))
        {
            Add(SelfDiagnosticsFile.Write(region, rounds, outDir));
        }

        if (options.Writes(GeneratedKind.SelfDiagnosticsCriteria))
        {
            Add(SelfDiagnosticsCriteriaFile.Write(region, rounds, rounds.November, outDir));
            Add(SelfDiagnosticsCriteriaFile.Write(region, rounds, rounds.May, outDir));
        }

        var manifest = new GenerationManifest(
            options.Seed,
            options,
            region.Years,
            region.Schools.Count,
            region.Schools.Count(s => s.Rural),
            region.Schools.Sum(s => (long)s.Enrolment),
            files,
            Planted(region));
        manifest.Save(Path.Combine(outDir, GenerationManifest.FileName));
        progress?.Report($"{GenerationManifest.FileName}: файлов {files.Count}");
        return manifest;
    }

    private static Dictionary<string, IReadOnlyList<PlantedSchool>> Planted(Region region)
    {
        var last = region.Options.LastYear;
        PlantedSchool Describe(School s, IEnumerable<int> years, IEnumerable<string> procedures) =>
            new(s.Login, s.Code, s.Municipality.Name, s.Type, years.ToList(), procedures.ToList());

        List<PlantedSchool> Of(PlantedRole role, Func<School, PlantedSchool> describe) =>
            region.ByLogin.Where(s => s.Role == role).Select(describe).ToList();

        return new Dictionary<string, IReadOnlyList<PlantedSchool>>
        {
            [GenerationManifest.LowResults] = Of(PlantedRole.LowResults,
                s => Describe(s, region.Years.Where(y => y >= last - 1), s.LowProcedures.Select(p => p.Key))),
            [GenerationManifest.Resilient] = Of(PlantedRole.Resilient, s => Describe(s, region.Years, [])),
            [GenerationManifest.InflatedVpr] = Of(PlantedRole.InflatedVpr,
                s => Describe(s, region.Years, VprCatalog.All.Where(p => Region.IsInflated(s, p)).Select(p => p.Key))),
            // «ШНОР» in the last year but one and not in the last; the reverse.
            [GenerationManifest.LeavesShnor] = Of(PlantedRole.LeavesShnor, s => Describe(s, [last - 1, last], s.LowProcedures.Select(p => p.Key))),
            [GenerationManifest.EntersShnor] = Of(PlantedRole.EntersShnor, s => Describe(s, [last - 1, last], s.LowProcedures.Select(p => p.Key))),
        };
    }
}
