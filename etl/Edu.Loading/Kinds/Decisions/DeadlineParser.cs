using System.Globalization;
using System.Text.RegularExpressions;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Decisions;

/// <summary>
/// Reads the «Срок» of a decision item as the committee writes it (SPEC §11). Every date expression resolves to a
/// date and the deadline is the latest of them: «10.01.2024», «10 января 2024» → that day; «июнь 2024 года» → the
/// month's last day, and so do the months of a range or list sharing one year («февраль – май 2020», «май, июнь
/// 2020»); «I квартал 2021» → the quarter's last day; «2024 год», «в течение 2024 года» → 31 December; a school year
/// «2023-2024 учебный год» (also «2023/2024», «2023–24», «уч. год», inflected) → 31 August of its second year.
/// Words around them («до», «не позднее», «в течение», «срок:», «г.», «года») are ignored, as is any number that
/// is not part of a date («65 % обучающихся»). With no date, «постоянно», «ежегодно», «ежеквартально»,
/// «ежемесячно», «регулярно» make the item recurring; an empty text is «срок не указан».
/// </summary>
/// <remarks>
/// Two readings the SPEC leaves open: a pair of years followed by «гг.» or «годы» («2019-2020 гг.») is a range of
/// calendar years → 31 December of the last; a bare pair of adjacent years («2019-2020») is a school year, as §2
/// reads «2023-2024».
/// </remarks>
public static partial class DeadlineParser
{
    public const string AcceptedForms =
        "дата («10.01.2024», «10 января 2024 года»), месяц с годом («июнь 2024 года», «февраль – май 2020 года»), " +
        "квартал («I квартал 2021»), год («2024 год», «в течение 2024 года»), учебный год («2023-2024 учебный год», «2023/2024») " +
        "или без даты «постоянно», «ежегодно», «ежеквартально», «ежемесячно», «регулярно»";

    private static readonly string[] MonthStems =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    private static readonly string[] QuarterWords = ["перв", "втор", "трет", "четверт"];

    public static ParseResult<Deadline> Parse(object? cell)
    {
        var text = CellParser.Text(cell);
        if (!text.HasValue) return text.IsMissing ? Deadline.NotGiven : ParseResult<Deadline>.Invalid(text.Error!);
        return Parse(text.Value);
    }

    public static ParseResult<Deadline> Parse(string text)
    {
        var lower = text.ToLowerInvariant().Replace('ё', 'е');
        var tokens = Tokens(lower);
        var dates = new List<DateOnly>();
        var pendingMonths = new List<int>();
        var pendingDays = new List<(int Day, int Month, int Start)>();
        int? pendingQuarter = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (kind, match) = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            switch (kind)
            {
                case Token.Date:
                    var year = Int(match, "y");
                    if (year < 100) year += 2000;
                    if (!TryDate(year, Int(match, "m"), Int(match, "d"), out var exact)) return Impossible(match.Value);
                    dates.Add(exact);
                    break;
                case Token.Number when next.Kind == Token.Month && Adjacent(lower, match, next.Match, ""):
                    pendingDays.Add((Int(match, "num"), Month(next.Match), match.Index));
                    i++;
                    break;
                case Token.Number or Token.Roman or Token.Ordinal when next.Kind == Token.Quarter && Adjacent(lower, match, next.Match, "-–йг"):
                    pendingQuarter = Quarter(kind, match);
                    i++;
                    break;
                case Token.Month:
                    pendingMonths.Add(Month(match));
                    break;
                case Token.Year:
                    var y = Int(match, "year");
                    foreach (var (day, month, start) in pendingDays)
                    {
                        if (!TryDate(y, month, day, out var d)) return Impossible(lower[start..(match.Index + match.Length)]);
                        dates.Add(d);
                    }
                    dates.AddRange(pendingMonths.Select(m => LastDay(y, m)));
                    if (pendingQuarter is { } q) dates.Add(LastDay(y, q * 3));
                    if (pendingDays.Count == 0 && pendingMonths.Count == 0 && pendingQuarter is null) dates.Add(new DateOnly(y, 12, 31));
                    pendingDays.Clear();
                    pendingMonths.Clear();
                    pendingQuarter = null;
                    break;
                case Token.YearPair:
                    var first = Int(match, "y1");
                    var second = SecondYear(first, match.Groups["y2"].Value);
                    var schoolYear = match.Groups["sep"].Value == "/" || next.Kind == Token.SchoolYear
                                     || (next.Kind != Token.CalendarYears && second == first + 1);
                    if (schoolYear && second != first + 1)
                        return ParseResult<Deadline>.Invalid($"учебный год «{match.Value.Trim()}» должен состоять из двух соседних лет");
                    if (second <= first) return ParseResult<Deadline>.Invalid($"годы «{match.Value.Trim()}» идут не по порядку");
                    dates.Add(schoolYear ? new DateOnly(second, 8, 31) : new DateOnly(second, 12, 31));
                    break;
            }
        }

        if (dates.Count > 0) return new Deadline(dates.Max(), false);
        if (tokens.Any(t => t.Kind == Token.Recurring)) return Deadline.Ongoing;
        if (tokens.Count == 0 && string.IsNullOrWhiteSpace(text)) return Deadline.NotGiven;
        return ParseResult<Deadline>.Invalid($"срок «{CellParser.Shorten(text.Trim())}» не распознан; ожидались {AcceptedForms}");
    }

    private static ParseResult<Deadline> Impossible(string written) =>
        ParseResult<Deadline>.Invalid($"в сроке указана несуществующая дата «{written.Trim()}»");

    // «10 января», «I квартал», «1-й квартал»: the two tokens stand next to each other, with nothing but spaces and these between.
    private static bool Adjacent(string text, Match first, Match second, string allowed)
    {
        var gap = text[(first.Index + first.Length)..second.Index];
        return gap.All(c => char.IsWhiteSpace(c) || allowed.Contains(c, StringComparison.Ordinal));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Month(Match match)
    {
        var word = match.Groups["month"].Value;
        // «ма» is May only as «май», «мая», «мае», «маю»; the other stems are unambiguous.
        for (var m = 0; m < MonthStems.Length; m++)
            if (word.StartsWith(MonthStems[m], StringComparison.Ordinal) && (m != 4 || word.Length == 3)) return m + 1;
        throw new InvalidOperationException($"«{word}» is not a month.");
    }

    private static int Quarter(Token kind, Match match) => kind switch
    {
        Token.Roman => match.Groups["roman"].Value switch { "i" => 1, "ii" => 2, "iii" => 3, _ => 4 },
        Token.Ordinal => Array.FindIndex(QuarterWords, w => match.Groups["ord"].Value.StartsWith(w, StringComparison.Ordinal)) + 1,
        _ => Math.Clamp(Int(match, "num"), 1, 4),
    };

    private static int SecondYear(int first, string written) =>
        written.Length == 2 ? first / 100 * 100 + int.Parse(written, CultureInfo.InvariantCulture) + (int.Parse(written, CultureInfo.InvariantCulture) < first % 100 ? 100 : 0)
            : int.Parse(written, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private enum Token
    {
        None,
        Date,
        YearPair,
        Year,
        Number,
        Month,
        Quarter,
        Roman,
        Ordinal,
        SchoolYear,
        CalendarYears,
        Recurring,
    }

    private static List<(Token Kind, Match Match)> Tokens(string text) =>
        TokenRegex().Matches(text).Select(m => (KindOf(m), m)).Where(t => t.Item1 != Token.None).ToList();

    private static Token KindOf(Match m) =>
        m.Groups["d"].Success ? Token.Date
        : m.Groups["y1"].Success ? Token.YearPair
        : m.Groups["year"].Success ? Token.Year
        : m.Groups["num"].Success ? Token.Number
        : m.Groups["month"].Success ? Token.Month
        : m.Groups["quarter"].Success ? Token.Quarter
        : m.Groups["roman"].Success ? Token.Roman
        : m.Groups["ord"].Success ? Token.Ordinal
        : m.Groups["school"].Success ? Token.SchoolYear
        : m.Groups["years"].Success ? Token.CalendarYears
        : m.Groups["rec"].Success ? Token.Recurring
        : Token.None;

    // One alternative per token kind, tried in this order at each position; text between tokens is ignored.
    [GeneratedRegex("""
        (?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.\s?(?<y>\d{4}|\d{2})(?!\d)
        | (?<!\d)(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?!\d)
        | (?<!\d)(?<y1>(?:19|20)\d\d)\s*(?<sep>[-–—/])\s*(?<y2>(?:19|20)\d\d|\d\d)(?!\d)
        | (?<!\d)(?<year>(?:19|20)\d\d)(?!\d)
        | (?<![\d.])(?<num>\d{1,2})(?![\d.])
        | (?<![а-я])(?<month>январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?![а-я])
        | (?<![а-я])(?<quarter>квартал[а-я]*)
        | (?<![a-z])(?<roman>iv|iii|ii|i)(?![a-z])
        | (?<![а-я])(?<ord>перв|втор|трет|четверт)[а-я]*
        | (?<![а-я])(?<school>учебн[а-я]*|уч)(?![а-я])
        | (?<![а-я])(?<years>гг|годы|годов)(?![а-я])
        | (?<![а-я])(?<rec>постоянно|ежегодно|ежеквартально|ежемесячно|регулярно)(?![а-я])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
