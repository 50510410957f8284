using ClosedXML.Excel;

namespace Edu.Loading.Tests.Support;

/// <summary>
/// Writes small test workbooks in the messy layouts real files have: title rows, merged captions,
/// numbers stored as text, percent formats. Rows are arrays; null leaves a cell empty.
/// </summary>
public sealed class Workbook : IDisposable
{
    private readonly XLWorkbook _book = new();
    private IXLWorksheet _sheet;
    private int _row = 1;

    public Workbook(string sheetName = "Лист1") => _sheet = _book.Worksheets.Add(sheetName);

    public Workbook Sheet(string name)
    {
        _sheet = _book.Worksheets.Add(name);
        _row = 1;
        return this;
    }

    /// <summary>Appends a row; strings stay text even when they look like numbers («45,3%», «12»).</summary>
    public Workbook Row(params object?[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = _sheet.Cell(_row, c + 1);
            switch (cells[c])
            {
                case null: break;
                case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                case DateTime d: cell.SetValue(d); break;
                case Percent p: cell.SetValue(p.Fraction); cell.Style.NumberFormat.Format = "0.0%"; break;
                default: cell.SetValue(Convert.ToDouble(cells[c], System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
        _row++;
        return this;
    }

    public Workbook Blank()
    {
        _row++;
        return this;
    }

    /// <summary>Merges cells of the previous row (1-based columns), as Excel does for a group caption.</summary>
    public Workbook MergePrevious(int fromColumn, int toColumn)
    {
        _sheet.Range(_row - 1, fromColumn, _row - 1, toColumn).Merge();
        return this;
    }

    /// <summary>Merges a caption down over the previous two rows.</summary>
    public Workbook MergeDown(int column)
    {
        _sheet.Range(_row - 2, column, _row - 1, column).Merge();
        return this;
    }

    public string Save(string path)
    {
        _book.SaveAs(path);
        return path;
    }

    public void Dispose() => _book.Dispose();
}

/// <summary>A fraction written with a percent number format (Excel shows 0.453 as 45,3%).</summary>
public sealed record Percent(double Fraction);
