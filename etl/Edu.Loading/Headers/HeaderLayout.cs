using System.Globalization;

namespace Edu.Loading.Headers;

/// <summary>A ВПР task column, «9.1 (2б)»: its label and maximum score.</summary>
public sealed record TaskColumn(int Index, int Order, string Label, double MaxScore);

/// <summary>A column the header names twice: <see cref="Second"/> repeats the caption of <see cref="First"/>, which the loader would read.</summary>
public sealed record DuplicateColumn(string Caption, int First, int Second);

/// <summary>What the header rows of a sheet say: its kind, where each known column is, and the title lines above.</summary>
public sealed record HeaderLayout(
    KindDefinition Kind,
    int FirstDataRow,
    IReadOnlyDictionary<string, int> Columns,
    IReadOnlyDictionary<int, string> HeaderText,
    IReadOnlyList<TaskColumn> Tasks,
    IReadOnlyList<string> TitleLines)
{
    /// <summary>Row number of the header's (first) row.</summary>
    public int HeaderRow { get; init; } = FirstDataRow - 1;

    /// <summary>Known columns (and ВПР task columns) the header has twice: which one holds the data is anyone's guess.</summary>
    public IReadOnlyList<DuplicateColumn> Duplicates { get; init; } = [];

    public int? IndexOf(string key) => Columns.TryGetValue(key, out var i) ? i : null;

    /// <summary>«E («Отметка»)»: the column as the analyst finds it in Excel.</summary>
    public string Describe(int index) =>
        HeaderText.TryGetValue(index, out var text) && !string.IsNullOrWhiteSpace(text)
            ? $"{ColumnLetter(index)} («{text}»)"
            : ColumnLetter(index);

    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public string Describe(string key) => IndexOf(key) is { } i ? Describe(i) : Kind.Column(key).DisplayName;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind.Kind} from row {FirstDataRow}");
}
