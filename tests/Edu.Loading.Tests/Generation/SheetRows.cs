using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Edu.Loading.Tests.Generation;

/// <summary>Reads a generated sheet back the way a loader would: values plus each cell's number format.</summary>
internal static class SheetRows
{
    public static List<(object?[] Values, string?[] Formats)> Read(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<(object?[], string?[])>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            var formats = new string?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetValue(i);
                formats[i] = values[i] is double ? reader.GetNumberFormatString(i) : null;
            }

            rows.Add((values, formats));
        }

        return rows;
    }

    /// <summary>A percentage cell in any of the three generated writings, as percent (45.3).</summary>
    public static double Percent(object? value, string? format) => value switch
    {
        double d when format is not null && format.Contains('%', StringComparison.Ordinal) => d * 100,
        double d => d,
        string s => double.Parse(s.TrimEnd('%').Replace(',', '.'), CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Not a percentage: {value}"),
    };
}
