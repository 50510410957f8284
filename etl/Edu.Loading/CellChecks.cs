using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Reading;
using Edu.Spreadsheets;

namespace Edu.Loading;

/// <summary>
/// Checks of a cell's text whatever its column: what Excel cannot hold (more than 32,767 characters, which would
/// break every .xlsx export and report that shows it) and a NUL character (a file in another encoding, or damaged).
/// </summary>
internal static class CellChecks
{
    public static void Check(SheetRow row, HeaderLayout layout, SheetScope sheet)
    {
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (row.Cells[i] is not string text) continue;
            if (text.Length > ExportCell.MaxText)
            {
                Add(row, layout, sheet, i, string.Create(CultureInfo.GetCultureInfo("ru-RU"),
                    $"текст ячейки длиннее {ExportCell.MaxText:N0} символов ({text.Length:N0}): столько ячейка Excel не вмещает; сократите текст"));
            }
            else if (text.Contains('\0'))
            {
                Add(row, layout, sheet, i, "в тексте ячейки нулевой символ (NUL): файл повреждён или сохранён в другой кодировке; сохраните его заново как «CSV UTF-8» или .xlsx");
            }
        }
    }

    private static void Add(SheetRow row, HeaderLayout layout, SheetScope sheet, int column, string message) =>
        sheet.Problems.Add(new LoadProblem(sheet.FileName, sheet.SheetName, row.Number, layout.Describe(column), message));
}
