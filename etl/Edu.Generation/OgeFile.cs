using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// РЦОИ protocol of one ОГЭ subject in one year: title «02 Математика 24.05.2025», one row per
/// participant with the personal columns the loader must drop (Фамилия, Имя, Отчество, passport
/// Серия and Номер).
/// </summary>
internal static class OgeFile
{
    private sealed record Participant(string ClassName, string Surname, string Name, string Patronymic, string Series, string Number, int Primary, int Mark);

    public static GeneratedFile Write(Region region, string outDir, OgeSubject subject, int year)
    {
        var options = region.Options;
        var rng = Rng.Derive(options.Seed, "file-oge", int.Parse(subject.Code, CultureInfo.InvariantCulture), year);
        var y = year.ToString(CultureInfo.InvariantCulture);
        using var file = TableFile.Create(outDir, $"ОГЭ_{y}_{subject.Code}_{subject.Name.Replace(' ', '_')}.xlsx", "Протокол");
        string[] headers =
        [
            "Код МСУ", HeaderVariants.Code(rng), HeaderVariants.Pick(rng, "Класс", "класс"), "Код ППЭ",
            HeaderVariants.Pick(rng, "Аудитория", "аудитория"), "Фамилия", "Имя", "Отчество",
            HeaderVariants.Pick(rng, "Серия", "Серия документа"), HeaderVariants.Pick(rng, "Номер", "Номер документа"),
            HeaderVariants.Pick(rng, "Первичный балл", "Первичный  балл"), "Оценка",
        ];
        var date = subject.Date(year).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        file.Title($"{subject.Code} {subject.Name} {date}", headers.Length);
        file.Row([SheetCell.Of("Протокол проверки результатов ОГЭ · РЦОИ Ленинградской области")]);
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "title «<код> <предмет> <дата>» and a metadata row above the header; no Предмет column",
            "personal data: Фамилия, Имя, Отчество, passport Серия and Номер (synthetic, series 99xx)",
            "Код МСУ and Код ОО as text with leading zeros",
        ]);

        var cells = new SheetCell[headers.Length];
        var buffer = new List<Participant>();
        var ordered = region.Schools
            .OrderBy(s => s.Municipality.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal);
        foreach (var school in ordered)
        {
            Simulate(region, school, subject, year, buffer);
            if (buffer.Count == 0)
            {
                continue;
            }

            var ppe = school.Municipality.Code + ((school.Index % 7) + 1).ToString("D2", CultureInfo.InvariantCulture);
            var index = 0;
            foreach (var p in buffer.OrderBy(p => p.ClassName, StringComparer.Ordinal).ThenBy(p => p.Surname, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
            {
                cells[0] = school.Municipality.Code;
                cells[1] = school.Code;
                cells[2] = p.ClassName;
                cells[3] = ppe;
                cells[4] = (1 + (index++ / 15)).ToString("D4", CultureInfo.InvariantCulture);
                cells[5] = p.Surname;
                cells[6] = p.Name;
                cells[7] = p.Patronymic;
                cells[8] = p.Series;
                cells[9] = p.Number;
                cells[10] = p.Primary;
                cells[11] = p.Mark;
                file.Row(cells);
                file.DataRows++;
            }
        }

        return file.Describe(GeneratedKind.Oge, year, subject.Name);
    }

    private static void Simulate(Region region, School school, OgeSubject subject, int year, List<Participant> buffer)
    {
        buffer.Clear();
        if (!school.SitsAssessments || !school.HasGrade(9))
        {
            return;
        }

        var rng = Rng.Derive(region.Options.Seed, "oge", school.Index, int.Parse(subject.Code, CultureInfo.InvariantCulture), year);
        var size = region.GradeSize(school, 9, year);
        var n = rng.Binomial(size, subject.Share * 0.98);
        // Calibrated to about 6% «2» region-wide, as on the first ОГЭ attempt.
        var mean = 1.0 + (0.5 * region.Quality(school, year)) + rng.Normal(0, 0.12);
        var classes = Math.Max(1, (int)Math.Ceiling(size / 26.0));
        for (var i = 0; i < n; i++)
        {
            var ability = mean + rng.Normal(0, 0.9);
            var p = 1.0 / (1.0 + Math.Exp(-1.2 * (ability - subject.Difficulty)));
            var primary = rng.Binomial(subject.MaxScore, p);
            var person = RussianNames.Person(rng);
            var passport = RussianNames.Passport(rng);
            var className = "9" + "АБВГДЕЖИКЛ"[Math.Min(9, i * classes / Math.Max(1, n))];
            buffer.Add(new Participant(className, person.Surname, person.Name, person.Patronymic, passport.Series, passport.Number, primary, subject.MarkFor(primary)));
        }
    }
}
