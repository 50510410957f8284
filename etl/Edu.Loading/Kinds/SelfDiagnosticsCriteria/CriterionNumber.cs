using System.Globalization;
using System.Text.RegularExpressions;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.SelfDiagnosticsCriteria;

/// <summary>
/// A criterion's number as the federal list writes it («1.10»), however the file wrote it: «1,10», «Показатель 1.10»,
/// «№ 1.10», or a date, which is what Russian Excel makes of a typed «1.9». A fractional number cell is refused: Excel
/// has dropped the trailing zero, and «1.10» stored as 1,1 would silently become another criterion.
/// </summary>
public static partial class CriterionNumber
{
    public static ParseResult<string> Parse(object? cell)
    {
        if (cell is DateTime date) return string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}");
        if (cell is double d && Math.Abs(d - Math.Round(d)) > 1e-9)
        {
            return ParseResult<string>.Invalid(
                $"номер показателя записан числом {d.ToString(CultureInfo.GetCultureInfo("ru-RU"))}: в числе Excel теряет конечный ноль («1.10» становится 1,1); запишите номера показателей как текст");
        }
        var text = CellParser.Text(cell);
        if (!text.HasValue) return text;
        var number = Prefix().Replace(text.Value, "").Replace(" ", "", StringComparison.Ordinal).Replace(',', '.').TrimEnd('.');
        return Pattern().IsMatch(number)
            ? number
            : ParseResult<string>.Invalid($"номер показателя «{CellParser.Shorten(text.Value)}» не распознан: ожидался номер вида «1.10»");
    }

    [GeneratedRegex(@"^\s*(?:показатель|критерий|№)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^\d+(?:\.\d+)*$")]
    private static partial Regex Pattern();
}
