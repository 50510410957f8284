namespace Edu.Generation.Excel;

public static class ExcelDate
{
    // Excel's day zero is 1899-12-30 because it keeps Lotus' fictitious 29 Feb 1900.
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static double ToSerial(DateOnly date) => date.DayNumber - Epoch.DayNumber;
}
