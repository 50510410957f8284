namespace Edu.Loading.Reading.Xlsx;

/// <summary>«XFD1048576» ↔ column and row, within the grid Excel allows (16,384 columns × 1,048,576 rows).</summary>
internal static class CellReference
{
    public const int MaxColumns = 16_384;
    public const int MaxRows = 1_048_576;

    /// <summary>Parses «B12» into a 0-based column and a 1-based row; false for anything else or outside Excel's grid.</summary>
    public static bool TryParse(string? text, out int column, out int row)
    {
        column = -1;
        row = 0;
        if (string.IsNullOrEmpty(text)) return false;
        var i = 0;
        var letters = 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            letters = (letters * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (letters > MaxColumns) return false;
        }
        if (i == 0 || i == text.Length) return false;
        var number = 0;
        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            number = (number * 10) + (text[i] - '0');
            if (number > MaxRows) return false;
        }
        if (number == 0) return false;
        column = letters - 1;
        row = number;
        return true;
    }
}
