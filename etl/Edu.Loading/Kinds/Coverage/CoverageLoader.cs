using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Coverage;

/// <summary>Coverage by additional education per municipality and reporting date (scope: the date).</summary>
public sealed class CoverageLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(DateOnly, string), int> _seen = [];
    private readonly SortedSet<DateOnly> _dates = [];

    public override FileKind Kind => FileKind.Coverage;

    public override string Scope => "даты: " + string.Join(", ", _dates.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));

    public override void Row(RowView row)
    {
        var municipalityText = row.RequiredText("municipality");
        // The region's own line is a total: the product computes the region from the municipalities.
        if (Context.Municipalities.IsRegion(municipalityText)) return;

        var date = row.Required<DateOnly>("date", CellParser.Date);
        var municipality = municipalityText is null ? null : Context.Municipalities.Find(municipalityText);
        if (municipalityText is not null && municipality is null) row.Fail("municipality", Context.UnknownMunicipality(municipalityText));
        // Every count of the row is a value: «н/д» is NULL, and a row of nothing but its key is «нет данных».
        var children = row.Optional<int>("children", CellParser.Integer);
        row.InRange("children", children, 1, 10_000_000, "численность детей");
        var covered = Count(row, "covered", children, "охвачено больше детей, чем их численность");
        Count(row, "covered_tech", covered, "в т.ч. технической и естественнонаучной направленностей больше, чем охвачено всего");
        var childrenOvz = row.Optional<int>("children_ovz", CellParser.Integer);
        row.InRange("children_ovz", childrenOvz, 0, children ?? 10_000_000, "численность детей с ОВЗ");
        Count(row, "covered_ovz", childrenOvz, "охвачено детей с ОВЗ больше, чем их численность");

        if (date is not null && municipality is not null && !_seen.TryAdd((date.Value, municipality.Name), row.Number))
            row.FailRow(string.Create(CultureInfo.InvariantCulture, $"«{municipality.Name}» на {date:dd.MM.yyyy} повторяется: уже был в строке {_seen[(date.Value, municipality.Name)]}"));
        if (row.Failed || !Context.Writing) return;

        _dates.Add(date!.Value);
        Appender("coverage").CreateRow()
            .AppendValue(date).AppendValue(municipality!.Name).AppendValue(children).AppendValue(covered)
            .AppendValue(row.Optional<int>("covered_tech", CellParser.Integer)).AppendValue(childrenOvz)
            .AppendValue(row.Optional<int>("covered_ovz", CellParser.Integer)).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    private static int? Count(RowView row, string key, int? ceiling, string tooMany)
    {
        var value = row.Optional<int>(key, CellParser.Integer);
        if (value < 0) row.Fail(key, "отрицательное число детей");
        else if (value is not null && ceiling is not null && value > ceiling) row.Fail(key, tooMany);
        return value;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("coverage", "report_date");
}
