namespace Edu.Etl.Reading;

public enum SpreadsheetFormat
{
    Xlsx,
    Xls,
    Csv,
}
