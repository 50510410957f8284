namespace Edu.Loading.Reading;

public enum SpreadsheetFormat
{
    Xlsx,
    Xls,
    Csv,
}
