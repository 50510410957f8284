using Edu.Analytics.Model;
using Edu.Dashboard.Tables;
using Edu.Spreadsheets;

namespace Edu.Dashboard.Features.Indicators;

/// <summary>One target's status in a cell of the matrix.</summary>
public sealed record AttainmentCell(DateOnly Deadline, string Status, double Target, double? Value);

/// <summary>Municipality × indicator: the statuses of every target, read from the rows of the indicators export.</summary>
public sealed class AttainmentMatrix
{
    public required IReadOnlyList<(string Code, string Name)> Indicators { get; init; }

    /// <summary>The region first (when the scope has it), then municipalities in Russian order.</summary>
    public required IReadOnlyList<string> Municipalities { get; init; }

    public required IReadOnlyDictionary<(string Municipality, string Code), IReadOnlyList<AttainmentCell>> Cells { get; init; }

    public IReadOnlyList<AttainmentCell> Cell(string municipality, string code) => Cells.GetValueOrDefault((municipality, code)) ?? [];

    public static AttainmentMatrix From(ExportTable table)
    {
        int Col(string header) => DrillDown.IndexOf(table, header);
        int code = Col("Код показателя"), name = Col("Показатель"), municipality = Col("Муниципалитет"), deadline = Col("Срок"),
            target = Col("Целевое значение"), value = Col("Значение"), status = Col("Статус");
        var ru = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);
        var cells = table.Rows
            .GroupBy(r => ((string)r[municipality]!, (string)r[code]!))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AttainmentCell>)g.Select(r => new AttainmentCell(
                r[deadline] is DateOnly d ? d : DateOnly.FromDateTime((DateTime)r[deadline]!),
                (string)r[status]!,
                Convert.ToDouble(r[target], System.Globalization.CultureInfo.InvariantCulture),
                r[value] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null)).OrderBy(c => c.Deadline).ToList());
        return new AttainmentMatrix
        {
            Indicators = table.Rows.Select(r => ((string)r[code]!, (string)r[name]!)).DistinctBy(i => i.Item1).OrderBy(i => i.Item1, StringComparer.Ordinal).ToList(),
            Municipalities = table.Rows.Select(r => (string)r[municipality]!).Distinct()
                .OrderBy(m => m == Labels.Region ? 0 : 1).ThenBy(m => m, ru).ToList(),
            Cells = cells,
        };
    }

    /// <summary>CSS class of a status; the text label is always shown as well, colour only helps.</summary>
    public static string CssClass(string status) => status switch
    {
        "достигнут" => "st-achieved",
        "в срок" => "st-ontrack",
        "риск" => "st-risk",
        "не достигнут" => "st-failed",
        _ => "st-nodata",
    };
}
