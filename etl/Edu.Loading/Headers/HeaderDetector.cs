using Edu.Reference;
using System.Globalization;
using System.Text.RegularExpressions;
using Edu.Loading.Reading;

namespace Edu.Loading.Headers;

/// <summary>
/// Finds the header of a sheet among its first rows and recognises the kind of file from it.
/// A header may sit below title rows and may span two rows (a merged group caption above
/// sub-captions such as «Распределение отметок, %» over «2», «3», «4», «5»).
/// </summary>
public sealed partial class HeaderDetector(KindCatalog catalog)
{
    /// <summary>How many leading rows may hold titles and the header.</summary>
    public const int ScanRows = 30;

    public HeaderDetection Detect(IReadOnlyList<SheetRow> head)
    {
        Candidate? best = null;
        Candidate? bestPartial = null;
        for (var r = 0; r < head.Count; r++)
        {
            if (head[r].IsBlank) continue;
            foreach (var span in new[] { 1, 2 })
            {
                if (r + span > head.Count) continue;
                var names = ColumnNames(head, r, span);
                foreach (var kind in catalog.Kinds)
                {
                    var candidate = Match(kind, names, r, span);
                    if (candidate.Complete)
                    {
                        // A title row above a one-row header also "matches" as a two-row header
                        // (its text carried over every column); the simpler reading wins a tie.
                        if (best is null || candidate.Matched > best.Matched || IsOneRowReadingOfSameHeader(candidate, best, candidate.Matched == best.Matched)) best = candidate;
                    }
                    else if (bestPartial is null || candidate.RequiredRatio > bestPartial.RequiredRatio
                             || IsOneRowReadingOfSameHeader(candidate, bestPartial, candidate.RequiredRatio == bestPartial.RequiredRatio))
                    {
                        bestPartial = candidate;
                    }
                }
            }
        }

        if (best is not null)
        {
            var titles = head.Take(best.Row)
                .SelectMany(row => row.Cells.OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()))
                .ToList();
            var headerText = best.Names.Select((n, i) => (i, text: n.Display)).Where(x => x.text.Length > 0).ToDictionary(x => x.i, x => x.text);
            var firstDataRow = head[best.Row + best.Span - 1].Number + 1;
            return HeaderDetection.Found(new HeaderLayout(best.Kind, firstDataRow, best.Columns, headerText, best.Tasks, titles)
            {
                HeaderRow = head[best.Row].Number,
                Duplicates = Duplicates(best),
            });
        }

        if (bestPartial is { Columns.Count: >= 2 })
        {
            var missing = bestPartial.Kind.Required.Where(c => !bestPartial.Columns.ContainsKey(c.Key)).Select(c => $"«{c.DisplayName}»");
            var extra = bestPartial.Kind.Kind switch
            {
                FileKind.VprIndividual when bestPartial.Tasks.Count == 0 => "столбцы заданий вида «1 (1б)»",
                FileKind.IndicatorValues when !HasValueColumns(bestPartial.Columns) => "столбец «Значение» или столбцы «Числитель» и «Знаменатель»",
                _ => null,
            };
            var list = string.Join(", ", missing);
            var wanted = extra is null ? list : list.Length == 0 ? extra : $"{list} и {extra}";
            return HeaderDetection.Failed(
                $"похоже на «{bestPartial.Kind.Title}» (заголовок в строке {head[bestPartial.Row].Number}), но не найдены обязательные столбцы: {wanted}");
        }
        return HeaderDetection.Failed("не удалось определить вид файла: в первых строках нет заголовков ни одного из известных видов (справочник ОО, контекстные данные, ВПР, ОГЭ, ЕГЭ, охват, целевые показатели, значения показателей, участники проектов, решения и поручения, самодиагностика)");
    }

    /// <summary>
    /// A title line right above a one-row header reads, two rows at a time, as a group caption carried over
    /// every column, so that reading matches exactly as much as the header alone and, being found first,
    /// used to win: column names then showed the title and the title was lost for the procedure.
    /// When they tie, the one-row header is the header.
    /// </summary>
    private static bool IsOneRowReadingOfSameHeader(Candidate candidate, Candidate current, bool tie) =>
        tie && candidate.Kind == current.Kind && candidate.Span < current.Span;

    /// <summary>
    /// Captions the header repeats: an unused column whose own caption is an alias of a column already matched (the
    /// loader would silently read the first of «Логин ОО» twice), and a ВПР task label written twice.
    /// </summary>
    private static List<DuplicateColumn> Duplicates(Candidate candidate)
    {
        var duplicates = new List<DuplicateColumn>();
        var taken = candidate.Columns.Values.Concat(candidate.Tasks.Select(t => t.Index)).ToHashSet();
        foreach (var column in candidate.Kind.Columns)
        {
            if (!candidate.Columns.TryGetValue(column.Key, out var first)) continue;
            for (var i = 0; i < candidate.Names.Count; i++)
            {
                if (!taken.Contains(i) && column.NormalizedAliases.Contains(candidate.Names[i].Candidates[0]))
                    duplicates.Add(new DuplicateColumn(column.DisplayName, first, i));
            }
        }
        foreach (var group in candidate.Tasks.GroupBy(t => t.Label).Where(g => g.Count() > 1))
        {
            var first = group.First();
            duplicates.AddRange(group.Skip(1).Select(t => new DuplicateColumn($"задание {first.Label}", first.Index, t.Index)));
        }
        return duplicates.OrderBy(d => d.Second).ToList();
    }

    private static Candidate Match(KindDefinition kind, IReadOnlyList<ColumnName> names, int row, int span)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        foreach (var column in kind.Columns)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (used.Contains(i)) continue;
                if (names[i].Candidates.Any(column.NormalizedAliases.Contains))
                {
                    columns[column.Key] = i;
                    used.Add(i);
                    break;
                }
            }
        }

        var tasks = new List<TaskColumn>();
        if (kind.Kind == FileKind.VprIndividual)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (used.Contains(i)) continue;
                var m = TaskRegex().Match(names[i].Raw);
                if (!m.Success) continue;
                var max = double.Parse(m.Groups[2].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                tasks.Add(new TaskColumn(i, tasks.Count + 1, m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal), max));
            }
        }

        // Direction columns of a self-diagnostics file are named by the reference list, not by aliases; counting them
        // lets a two-row header («Баллы по направлениям» over «Знание», «Воспитание» …) win over its top row alone.
        var directions = kind.Kind == FileKind.SelfDiagnostics
            ? names.Where((n, i) => !used.Contains(i) && MagistralDirections.FindInCaption(n.Display) is not null).Count()
            : 0;

        var required = kind.Required.Count();
        var matchedRequired = kind.Required.Count(c => columns.ContainsKey(c.Key));
        var complete = matchedRequired == required
                       && (kind.Kind != FileKind.VprIndividual || tasks.Count > 0)
                       && (kind.Kind != FileKind.Ege || columns.ContainsKey("subject") || columns.ContainsKey("subject_code"))
                       && (kind.Kind != FileKind.IndicatorValues || HasValueColumns(columns));
        return new Candidate(kind, row, span, names, columns, tasks, complete, columns.Count + tasks.Count + directions, (double)matchedRequired / required);
    }

    // A reported value comes either as «Значение» or as «Числитель» and «Знаменатель» (SPEC §11).
    private static bool HasValueColumns(IReadOnlyDictionary<string, int> columns) =>
        columns.ContainsKey("value") || (columns.ContainsKey("numerator") && columns.ContainsKey("denominator"));

    private static List<ColumnName> ColumnNames(IReadOnlyList<SheetRow> head, int row, int span)
    {
        var top = head[row];
        var width = span == 1 ? top.Cells.Length : Math.Max(top.Cells.Length, head[row + 1].Cells.Length);
        var result = new List<ColumnName>(width);
        string? carried = null;
        for (var i = 0; i < width; i++)
        {
            var parent = CellText(top[i]);
            if (span == 1)
            {
                result.Add(new ColumnName(parent, parent, [TextNormalizer.Normalize(parent)]));
                continue;
            }
            if (parent.Length > 0) carried = parent;
            var child = CellText(head[row + 1][i]);
            if (child.Length == 0)
            {
                // A caption merged down over both rows sits in the top row only.
                result.Add(new ColumnName(parent, parent, [TextNormalizer.Normalize(parent)]));
                continue;
            }
            // A caption merged across columns is written once, in its leftmost cell: carry it right.
            var group = parent.Length > 0 ? parent : carried ?? string.Empty;
            result.Add(new ColumnName(child, $"{group} {child}".Trim(),
                [TextNormalizer.Normalize(child), TextNormalizer.Normalize($"{group} {child}"), TextNormalizer.Normalize(group)]));
        }
        return result;
    }

    private static string CellText(object? cell) => cell switch
    {
        null => string.Empty,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString()!.Trim(),
    };

    private sealed record ColumnName(string Raw, string Display, IReadOnlyList<string> Candidates);

    private sealed record Candidate(
        KindDefinition Kind, int Row, int Span, IReadOnlyList<ColumnName> Names, Dictionary<string, int> Columns,
        List<TaskColumn> Tasks, bool Complete, int Matched, double RequiredRatio);

    // «1 (1б)», «9.1 (2б)», «12 (3 б.)», «4а (1б)»
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)*\s*[а-яa-z]?)\s*\(\s*(\d+(?:[.,]\d+)?)\s*б\.?\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TaskRegex();
}

public sealed record HeaderDetection(HeaderLayout? Layout, string? Problem)
{
    public static HeaderDetection Found(HeaderLayout layout) => new(layout, null);

    public static HeaderDetection Failed(string problem) => new(null, problem);
}
