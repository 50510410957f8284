using System.Globalization;

namespace Edu.Loading;

/// <summary>One thing wrong with a file, located the way the analyst finds it in Excel.</summary>
public sealed record LoadProblem(string File, string? Sheet, int? Row, string? Column, string Message)
{
    /// <summary>«файл · лист · строка N · столбец X: что не так, что ожидалось».</summary>
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"лист «{Sheet}»");
        if (Row is not null) parts.Add(string.Create(CultureInfo.InvariantCulture, $"строка {Row}"));
        if (Column is not null) parts.Add($"столбец {Column}");
        return $"{string.Join(" · ", parts)}: {Message}";
    }
}
