using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation;

/// <summary>
/// ВПР, проверяемые требования (the codifier) of one year: one row per task of every procedure with individual results
/// that year, so that task results name the skill. Title rows; «Задание» merged over «№» and «Макс. балл»; the year as
/// the school year «2024/2025», the grade as «5 класс»; whole task numbers as numbers, sub-items («9.1») as text; the
/// last task of the first procedure without a description («—»), which then shows its number only.
/// </summary>
internal static class VprTasksFile
{
    public static GeneratedFile Write(Region region, string outDir, int year, IReadOnlyList<VprProcedure> procedures)
    {
        var rng = Rng.Derive(region.Options.Seed, "file-vpr-tasks", year);
        var y = year.ToString(CultureInfo.InvariantCulture);
        using var file = TableFile.Create(outDir, $"ВПР_{y}_проверяемые_требования.xlsx", "Кодификатор");
        string[] keys = [HeaderVariants.Pick(rng, "Год", "Учебный год"), HeaderVariants.Pick(rng, "Предмет", "предмет"), HeaderVariants.Pick(rng, "Класс", "Параллель")];
        var requirement = HeaderVariants.Pick(rng, "Проверяемые требования (умения)", "Проверяемые  требования (умения)");
        const int width = 6;
        file.Title($"Проверяемые требования (умения) заданий ВПР {y} года", width);
        file.Row([SheetCell.Of($"{MunicipalityCatalog.RegionName} · по описаниям контрольных измерительных материалов")]);
        file.Blank();
        file.Row([.. keys.Select(SheetCell.Header), SheetCell.Header("Задание"), default, SheetCell.Header(requirement)]);
        var top = file.RowCount;
        file.Row([default, default, default, SheetCell.Header("№"), SheetCell.Header("Макс. балл"), default]);
        foreach (var column in new[] { 1, 2, 3, 6 })
        {
            file.Merge(top, column, top + 1, column);
        }

        file.Merge(top, 4, top, 5);
        file.Headers.AddRange([.. keys, "Задание", "№", "Макс. балл", requirement]);
        file.Quirks.AddRange(
        [
            "two title rows and a blank row; «Задание» merged over «№» and «Макс. балл», the other captions merged down",
            "year as «<год−1>/<год>», grade as «<N> класс»; whole task numbers as numbers, sub-items («9.1») as text",
            "the last task of the first procedure has no description («—»): it shows its number only",
        ]);

        var school = $"{(year - 1).ToString(CultureInfo.InvariantCulture)}/{y}";
        for (var p = 0; p < procedures.Count; p++)
        {
            var procedure = procedures[p];
            for (var t = 0; t < procedure.Tasks.Count; t++)
            {
                var task = procedure.Tasks[t];
                var text = p == 0 && t == procedure.Tasks.Count - 1 ? "—" : VprSkills.Of(procedure, t);
                SheetCell number = int.TryParse(task.Label, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : task.Label;
                file.Row([school, procedure.Subject, $"{procedure.Grade.ToString(CultureInfo.InvariantCulture)} класс", number, task.MaxScore, text]);
                file.DataRows++;
            }
        }

        return file.Describe(GeneratedKind.VprTasks, year);
    }
}
