namespace Edu.Loading.Reading;

/// <summary>One row as the file holds it: Number is the 1-based row number the analyst sees in Excel.</summary>
public sealed record SheetRow(int Number, object?[] Cells, string?[] Formats)
{
    public object? this[int column] => column < Cells.Length ? Cells[column] : null;

    public string? Format(int column) => column < Formats.Length ? Formats[column] : null;

    /// <summary>A row with no cells: what the file skips between rows that hold something.</summary>
    public static SheetRow Blank(int number) => new(number, [], []);

    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
