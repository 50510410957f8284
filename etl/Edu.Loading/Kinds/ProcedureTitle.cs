using System.Globalization;
using System.Text.RegularExpressions;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds;

/// <summary>What a title row says about the assessment: «ВПР 2024 Математика 5 класс», «02 Математика 24.05.2024».</summary>
public static partial class ProcedureTitle
{
    public static (int Year, string Subject, int Grade)? Vpr(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var m = VprRegex().Match(line);
            if (!m.Success) continue;
            var year = CellParser.Year(m.Groups["year"].Value);
            if (!year.HasValue) continue;
            return (year.Value, m.Groups["subject"].Value.Trim(), int.Parse(m.Groups["grade"].Value, CultureInfo.InvariantCulture));
        }
        return null;
    }

    public static (string Code, string Subject, DateOnly Date)? Oge(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var m = OgeRegex().Match(line);
            if (!m.Success) continue;
            var date = CellParser.Date(m.Groups["date"].Value);
            if (!date.HasValue) continue;
            return (m.Groups["code"].Value, m.Groups["subject"].Value.Trim(), date.Value);
        }
        return null;
    }

    /// <summary>«5А», «5 б», «10» → the grade number.</summary>
    public static int? GradeOf(string classLabel)
    {
        var m = GradeRegex().Match(classLabel);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"ВПР\s*[-–,.]?\s*(?<year>\d{4}(?:\s*[/\-–]\s*\d{2,4})?)\s*(?:г\.?|года?)?\s*[,.]?\s*(?<subject>[А-Яа-яЁё ()\-]+?)\s*[,.]?\s*(?<grade>\d{1,2})\s*(?:класс|кл\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex VprRegex();

    [GeneratedRegex(@"^\s*(?<code>\d{1,2})\s+(?<subject>[А-Яа-яЁё ()\-]+?)\s+(?<date>\d{2}\.\d{2}\.\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex OgeRegex();

    [GeneratedRegex(@"^\s*(\d{1,2})")]
    private static partial Regex GradeRegex();
}
