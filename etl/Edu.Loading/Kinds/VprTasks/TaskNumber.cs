using System.Text.RegularExpressions;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.VprTasks;

/// <summary>
/// A task's number as the task columns of individual results write it («9», «9.1», «4а»), however a codifier wrote it:
/// a number cell 9.1, text «9,1» or «Задание 9.1», or a date, which is what Russian Excel makes of a typed «9.1».
/// </summary>
public static partial class TaskNumber
{
    public static ParseResult<string> Parse(object? cell)
    {
        // Excel reads «9.1» typed into a cell as 9 January: day and month are the task and its item.
        if (cell is DateTime date) return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}");
        var text = CellParser.Text(cell);
        if (!text.HasValue) return text;
        var label = Key(Prefix().Replace(text.Value, "").Replace(" ", "", StringComparison.Ordinal).Replace(',', '.').TrimEnd('.'));
        return Pattern().IsMatch(label)
            ? label
            : ParseResult<string>.Invalid($"номер задания «{CellParser.Shorten(text.Value)}» не распознан: ожидался номер, как в столбцах заданий, например «9» или «9.1»");
    }

    /// <summary>How two spellings of one task compare: the task columns' «4А» and a codifier's «4а» are one task.</summary>
    public static string Key(string label) => label.ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?:задание|№)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^\d+(?:\.\d+)*[а-яa-z]?$")]
    private static partial Regex Pattern();
}
