using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// ВПР individual results in the ФИС ОКО form, one file per year × subject × grade: a title row
/// «ВПР 2025 Математика 5 класс», a metadata row, then one row per participant with task
/// columns «9.1 (2б)», «X» for tasks not attempted and «нет отметки» for missing journal marks.
/// </summary>
internal static class VprIndividualFile
{
    public static string FileName(VprProcedure procedure, int year) =>
        $"ВПР_{year.ToString(CultureInfo.InvariantCulture)}_{procedure.Subject.Replace(' ', '_')}_{procedure.Grade.ToString(CultureInfo.InvariantCulture)}.xlsx";

    public static GeneratedFile Write(Region region, string outDir, VprProcedure procedure, int year)
    {
        using var file = Open(region, outDir, FileName(procedure, year), procedure, year);
        var writer = new RowWriter(region, file, procedure, year);
        foreach (var school in region.ByLogin)
        {
            if (region.WritesVpr(school, procedure, year))
            {
                writer.School(school, codeOffset: 0);
            }
        }

        return file.Describe(GeneratedKind.VprIndividual, year, procedure.Subject, procedure.Grade);
    }

    internal static TableFile Open(Region region, string outDir, string fileName, VprProcedure procedure, int year)
    {
        var rng = Rng.Derive(region.Options.Seed, "file-vpr-individual", procedure.Index, year);
        var file = TableFile.Create(outDir, fileName, "Результаты");
        var headers = new List<string>
        {
            HeaderVariants.Pick(rng, "ОО", "ОО", "Логин ОО"), HeaderVariants.Municipality(rng),
            HeaderVariants.Pick(rng, "Название ОО", "Название  ОО"), "Код участника", HeaderVariants.Pick(rng, "Класс", "класс"), "Вариант",
        };
        headers.AddRange(procedure.Tasks.Select(t => t.Header));
        headers.AddRange(
        [
            HeaderVariants.Pick(rng, "Первичный балл", "Первичный  балл", "первичный балл"), "Отметка",
            HeaderVariants.Pick(rng, "Отметка по журналу", "Отметка по журналу "),
        ]);
        file.Title($"ВПР {year.ToString(CultureInfo.InvariantCulture)} {procedure.Subject} {procedure.Grade.ToString(CultureInfo.InvariantCulture)} класс", headers.Count);
        file.Row([SheetCell.Of($"Регион: {MunicipalityCatalog.RegionName}. Выгрузка из ФИС ОКО, результаты участников")]);
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "title row «ВПР <год> <предмет> <класс> класс» and a metadata row above the header",
            $"tasks not attempted as «{NotAttempted(year)}»; missing journal marks as «нет отметки»",
            "login column headed «ОО»; municipality in one of its usual forms per file",
        ]);
        return file;
    }

    /// <summary>ФИС ОКО exports use the Latin «X» in some years and the Cyrillic «Х» in others.</summary>
    private static string NotAttempted(int year) => year % 2 == 0 ? "X" : "Х";

    /// <summary>Writes the participants of one school; reused by the benchmark file.</summary>
    internal sealed class RowWriter
    {
        private readonly Region _region;
        private readonly TableFile _file;
        private readonly VprProcedure _procedure;
        private readonly int _year;
        private readonly SheetCell[] _cells;
        private readonly VprWork _work;
        private readonly string _notAttempted;
        private readonly int _municipalityForm;

        public RowWriter(Region region, TableFile file, VprProcedure procedure, int year)
        {
            _region = region;
            _file = file;
            _procedure = procedure;
            _year = year;
            _cells = new SheetCell[6 + procedure.Tasks.Count + 3];
            _work = new VprWork(procedure.Tasks.Count);
            _notAttempted = NotAttempted(year);
            _municipalityForm = Rng.Derive(region.Options.Seed, "vpr-individual-form", procedure.Index, year).Next(3);
        }

        /// <summary>Stops writing after this many data rows in the file (the benchmark asks for an exact count).</summary>
        public long Limit { get; init; } = long.MaxValue;

        public void School(School school, int codeOffset, int? simulateAsYear = null)
        {
            var forms = school.Municipality.NameForms;
            var municipality = forms[Math.Min(_municipalityForm, forms.Count - 1)];
            VprSimulator.Simulate(_region, school, _procedure, simulateAsYear ?? _year, _work, w =>
            {
                if (_file.DataRows >= Limit)
                {
                    return;
                }

                var c = _cells;
                c[0] = school.Login;
                c[1] = municipality;
                c[2] = school.Name;
                c[3] = w.ParticipantCode + codeOffset;
                c[4] = w.ClassName;
                c[5] = w.Variant;
                var tasks = _procedure.Tasks.Count;
                for (var t = 0; t < tasks; t++)
                {
                    c[6 + t] = w.Scores[t] < 0 ? SheetCell.Of(_notAttempted) : SheetCell.Of(w.Scores[t]);
                }

                c[6 + tasks] = w.Primary;
                c[7 + tasks] = w.Mark;
                c[8 + tasks] = w.Journal is { } journal ? SheetCell.Of(journal) : SheetCell.Of("нет отметки");
                _file.Row(c);
                _file.DataRows++;
            });
        }
    }
}
