using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation.SelfDiagnostics;

/// <summary>
/// «Самодиагностика по показателям», one file per round: every school's points per criterion with the criterion's
/// maximum, criterion numbers as text («1.10» stays «1.10»), directions sometimes written «Магистральное направление
/// "Знание"».
/// </summary>
internal static class SelfDiagnosticsCriteriaFile
{
    public static GeneratedFile Write(Region region, SdRounds rounds, DateOnly date, string outDir)
    {
        var rng = Rng.Derive(region.Options.Seed, "file-self-diagnostics-criteria", date.DayNumber);
        var name = $"Самодиагностика_по_показателям_{date.ToString("MM.yyyy", CultureInfo.InvariantCulture)}.xlsx";
        using var file = TableFile.Create(outDir, name, "Показатели");
        string[] headers = ["Дата самодиагностики", HeaderVariants.Login(rng), "Направление", "Номер показателя", "Показатель", "Баллы", "Максимальный балл"];
        file.Title($"Самодиагностика ОО по показателям на {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}", headers.Length);
        file.HeaderRow(headers);
        file.Quirks.AddRange(["a title row above the header", "some directions written «Магистральное направление «…»»"]);

        var cells = new SheetCell[headers.Length];
        foreach (var d in rounds.Diagnoses.Where(d => d.Date == date).OrderBy(d => d.School.Login, StringComparer.Ordinal))
        {
            for (var i = 0; i < SdCriteria.All.Count; i++)
            {
                var criterion = SdCriteria.All[i];
                cells[0] = SheetCell.Of(date);
                cells[1] = d.School.Login;
                cells[2] = rng.Chance(0.1) ? $"Магистральное направление «{criterion.Direction}»" : criterion.Direction;
                cells[3] = criterion.Number;
                cells[4] = criterion.Text;
                cells[5] = d.Points[i];
                cells[6] = criterion.Max;
                file.Row(cells);
                file.DataRows++;
            }
        }
        return file.Describe(GeneratedKind.SelfDiagnosticsCriteria, rounds.Year, date: date);
    }
}
