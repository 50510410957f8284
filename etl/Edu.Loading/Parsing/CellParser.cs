using System.Globalization;
using System.Text.RegularExpressions;

namespace Edu.Loading.Parsing;

/// <summary>
/// Turns raw cell values (numbers, text with decimal commas, «45,3%», dates, missing-value codes)
/// into typed values. Every method returns Missing for a blank or a missing-value code and
/// Invalid with a Russian explanation when the text cannot be what the column expects.
/// </summary>
public static partial class CellParser
{
    public static ParseResult<double> Number(object? cell)
    {
        switch (cell)
        {
            case null: return ParseResult<double>.Missing;
            case double d: return double.IsFinite(d) ? d : ParseResult<double>.Invalid("ожидалось число");
            case int i: return i;
            case long l: return l;
            case decimal m: return (double)m;
            case float f: return f;
            case DateTime: return ParseResult<double>.Invalid("ожидалось число, а записана дата");
            case bool: return ParseResult<double>.Invalid("ожидалось число, а записано логическое значение");
        }
        var text = cell.ToString()!.Trim();
        if (MissingValues.IsMissing(text)) return ParseResult<double>.Missing;
        if (TryParseNumberText(text, out var value)) return value;
        return ParseResult<double>.Invalid($"ожидалось число, а записано «{Shorten(text)}»");
    }

    /// <summary>
    /// A percentage. Rule: text with «%» is the percent as written («45,3%» → 45.3); a numeric cell
    /// with a percent number format is what Excel shows (0.453 formatted 0.0% → 45.3); a plain number
    /// is taken as written (45.3 → 45.3). Plain fractions (0.453) are recognised per file by the kinds
    /// that can tell (all values of the column ≤ 1, or shares summing to 1), not cell by cell.
    /// </summary>
    public static ParseResult<PercentValue> Percent(object? cell, string? numberFormat)
    {
        if (cell is string s)
        {
            var text = s.Trim();
            if (MissingValues.IsMissing(text)) return ParseResult<PercentValue>.Missing;
            if (text.EndsWith('%'))
            {
                return TryParseNumberText(text[..^1].Trim(), out var p)
                    ? new PercentValue(p, PercentSource.Explicit)
                    : ParseResult<PercentValue>.Invalid($"ожидался процент, а записано «{Shorten(text)}»");
            }
        }
        var number = Number(cell);
        if (!number.HasValue) return number.IsMissing ? ParseResult<PercentValue>.Missing : ParseResult<PercentValue>.Invalid(number.Error!);
        if (numberFormat is not null && numberFormat.Contains('%') && cell is not string)
            return new PercentValue(number.Value * 100, PercentSource.Explicit);
        return new PercentValue(number.Value, PercentSource.Plain);
    }

    public static ParseResult<int> Integer(object? cell)
    {
        var n = Number(cell);
        if (!n.HasValue) return n.IsMissing ? ParseResult<int>.Missing : ParseResult<int>.Invalid(n.Error!.Replace("число", "целое число", StringComparison.Ordinal));
        var rounded = Math.Round(n.Value);
        if (Math.Abs(n.Value - rounded) > 1e-9 || rounded > int.MaxValue || rounded < int.MinValue)
            return ParseResult<int>.Invalid($"ожидалось целое число, а записано {n.Value.ToString(CultureInfo.GetCultureInfo("ru-RU"))}");
        return (int)rounded;
    }

    public static ParseResult<string> Text(object? cell)
    {
        switch (cell)
        {
            case null: return ParseResult<string>.Missing;
            case double d when Math.Abs(d - Math.Round(d)) < 1e-9: return ((long)Math.Round(d)).ToString(CultureInfo.InvariantCulture);
            case DateTime dt: return dt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
        }
        var text = cell.ToString()!.Trim();
        return MissingValues.IsMissing(text) ? ParseResult<string>.Missing : text;
    }

    /// <summary>Assessment year: 2024, «2024», «2023/2024», «2023-2024», «2023-24» all mean the spring of 2024.</summary>
    public static ParseResult<int> Year(object? cell)
    {
        var text = Text(cell);
        if (!text.HasValue) return text.IsMissing ? ParseResult<int>.Missing : ParseResult<int>.Invalid(text.Error!);
        var m = YearRegex().Match(text.Value);
        if (!m.Success) return ParseResult<int>.Invalid($"ожидался год (2024 или 2023/2024), а записано «{Shorten(text.Value)}»");
        var first = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!m.Groups[2].Success) return first;
        var second = m.Groups[2].Value;
        var end = second.Length == 2 ? first / 100 * 100 + int.Parse(second, CultureInfo.InvariantCulture) : int.Parse(second, CultureInfo.InvariantCulture);
        if (end < first) end += 100;
        return end == first + 1 ? end : ParseResult<int>.Invalid($"учебный год «{text.Value}» должен состоять из двух соседних лет");
    }

    public static ParseResult<DateOnly> Date(object? cell)
    {
        switch (cell)
        {
            case null: return ParseResult<DateOnly>.Missing;
            case DateTime dt: return DateOnly.FromDateTime(dt);
            case double d when d is > 20000 and < 80000: return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = Text(cell);
        if (!text.HasValue) return text.IsMissing ? ParseResult<DateOnly>.Missing : ParseResult<DateOnly>.Invalid(text.Error!);
        string[] formats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd.MM.yy", "dd/MM/yyyy", "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy HH:mm"];
        return DateOnly.TryParseExact(text.Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : ParseResult<DateOnly>.Invalid($"ожидалась дата ДД.ММ.ГГГГ, а записано «{Shorten(text.Value)}»");
    }

    /// <summary>A school's ФИС ОКО login, normalised to lower case (sch470123).</summary>
    public static ParseResult<string> Login(object? cell)
    {
        var text = Text(cell);
        if (!text.HasValue) return text;
        var login = text.Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return LoginRegex().IsMatch(login) ? login : ParseResult<string>.Invalid($"ожидался логин ОО вида sch47NNNN, а записано «{Shorten(text.Value)}»");
    }

    internal static bool TryParseNumberText(string text, out double value)
    {
        var cleaned = text.Replace('\u00a0', ' ').Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^\s*((?:19|20)\d\d)(?:\s*[/\-–]\s*(\d{2}|\d{4}))?\s*(?:г\.?|год)?\s*$")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"^sch\d{6,}$")]
    private static partial Regex LoginRegex();
}
