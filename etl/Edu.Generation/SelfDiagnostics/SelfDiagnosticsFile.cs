using System.Globalization;
using Edu.Generation.Excel;
using Edu.Reference;

namespace Edu.Generation.SelfDiagnostics;

/// <summary>
/// «Самодиагностика ОО»: both rounds in one sheet as the project's monitoring exports it — a title, a two-row header with
/// «Баллы по магистральным направлениям» merged over the eight directions, levels in their usual spellings, dates as
/// text in one round and as dates in the other.
/// </summary>
internal static class SelfDiagnosticsFile
{
    // How coordinators write the levels: with or without «уровень», in any case.
    private static readonly Dictionary<SelfDiagnosticsLevel, string[]> Spellings = new()
    {
        [SelfDiagnosticsLevel.BelowBasic] = ["Ниже базового", "ниже базового уровня", "НИЖЕ БАЗОВОГО"],
        [SelfDiagnosticsLevel.Basic] = ["Базовый", "Базовый уровень", "базовый"],
        [SelfDiagnosticsLevel.Medium] = ["Средний", "Средний уровень", "средний"],
        [SelfDiagnosticsLevel.High] = ["Высокий", "Высокий уровень", "высокий"],
    };

    public static GeneratedFile Write(Region region, SdRounds rounds, string outDir)
    {
        var rng = Rng.Derive(region.Options.Seed, "file-self-diagnostics");
        using var file = TableFile.Create(outDir, "Самодиагностика_ОО.xlsx", "Самодиагностика");
        string[] keys = ["Дата самодиагностики", HeaderVariants.Login(rng), "Наименование ОО", HeaderVariants.Municipality(rng), "Уровень", "Итого баллов"];
        var directions = SdCriteria.Directions;
        var width = keys.Length + directions.Count;
        file.Title($"Результаты самодиагностики ОО — проект «{SdRounds.Project}», {(rounds.Year - 1).ToString(CultureInfo.InvariantCulture)}/{rounds.Year.ToString(CultureInfo.InvariantCulture)} учебный год", width);
        file.Blank();
        const string group = "Баллы по магистральным направлениям";
        file.Row([.. keys.Select(SheetCell.Header), SheetCell.Header(group)]);
        var first = file.RowCount;
        file.Row([.. keys.Select(_ => SheetCell.Empty), .. directions.Select(d => SheetCell.Header(d == "Учитель. Школьная команда" ? "Учитель и школьная команда" : d))]);
        for (var c = 1; c <= keys.Length; c++) file.Merge(first, c, first + 1, c);
        file.Merge(first, keys.Length + 1, first, width);
        file.Headers.AddRange(keys);
        file.Headers.AddRange([group, .. directions]);
        file.Quirks.AddRange(
        [
            "a title row and a blank row; a two-row header with «Баллы по магистральным направлениям» merged over the directions",
            "levels with and without «уровень», in any case; «Учитель и школьная команда» for «Учитель. Школьная команда»",
            "the November round's dates as text, the May round's as dates",
        ]);

        var cells = new SheetCell[width];
        foreach (var d in rounds.Diagnoses.OrderBy(d => d.Date).ThenBy(d => d.School.Login, StringComparer.Ordinal))
        {
            cells[0] = d.Date == rounds.November ? d.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : SheetCell.Of(d.Date);
            cells[1] = d.School.Login;
            cells[2] = d.School.Name;
            cells[3] = rng.Pick(d.School.Municipality.NameForms);
            cells[4] = rng.Pick(Spellings[d.Level]);
            cells[5] = d.Total;
            for (var i = 0; i < directions.Count; i++) cells[keys.Length + i] = d.DirectionPoints(directions[i]);
            file.Row(cells);
            file.DataRows++;
        }
        return file.Describe(GeneratedKind.SelfDiagnostics, rounds.Year);
    }
}
