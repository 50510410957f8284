using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Reference;

namespace Edu.Loading.Kinds.IndicatorValues;

/// <summary>
/// Values of indicators the product does not compute (SPEC §11: «Билет в будущее», ПФДО certificates, the outputs of a
/// subsidy…), per municipality or the region and date, evaluated against their targets like the computed ones. A row
/// gives «Значение» or «Числитель» and «Знаменатель»; one code is given one way in a file. Scope: code × date.
/// </summary>
public sealed class IndicatorValuesLoader(LoadContext context) : KindLoader(context)
{
    // «Значение» beside «Числитель» and «Знаменатель» may be rounded as files round; a larger gap is a contradiction.
    private const double StatedValueSlack = 0.5;

    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    private readonly Dictionary<(string Code, string Scope, DateOnly Date), int> _seen = [];
    private readonly Dictionary<string, (bool Ratio, int Row)> _way = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Unit, int Row)> _units = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<DateOnly>> _scope = new(StringComparer.Ordinal);

    public override FileKind Kind => FileKind.IndicatorValues;

    public override string Scope => "показатели: " + string.Join("; ", _scope.Select(s =>
        $"{s.Key} на {string.Join(", ", s.Value.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)))}"));

    public override void Row(RowView row)
    {
        var code = row.RequiredText("code")?.ToUpperInvariant();
        if (code is not null && ComputedIndicators.Codes.Contains(code))
            row.Fail("code", $"показатель {code} рассчитывается из данных, его значения не загружаются");
        var name = row.OptionalText("name");
        var municipalityText = row.OptionalText("municipality");
        var municipality = Context.Municipalities.Find(municipalityText);
        if (municipalityText is not null && municipality is null && !Context.Municipalities.IsRegion(municipalityText))
            row.Fail("municipality", Context.UnknownMunicipality(municipalityText));
        // Empty or «Ленинградская область»: the region's own value.
        var scope = municipality?.Name ?? Context.Municipalities.Region;
        var date = row.Required<DateOnly>("date", CellParser.Date);
        var unit = Unit(row.OptionalText("unit"));
        var (value, numerator, denominator) = Figures(row);

        if (code is not null && !row.Failed)
        {
            var ratio = numerator is not null;
            if (_way.TryGetValue(code, out var way) && way.Ratio != ratio)
                row.FailRow($"показатель {code} дан {(ratio ? "числителем и знаменателем" : "значением")}, а в строке {way.Row} — {(way.Ratio ? "числителем и знаменателем" : "значением")}; в одном файле показатель даётся одним способом");
            else _way.TryAdd(code, (ratio, row.Number));
            if (_units.TryGetValue(code, out var known) && known.Unit != unit)
                row.Fail("unit", $"единица «{unit ?? "не указана"}» отличается от единицы показателя {code} в строке {known.Row} («{known.Unit ?? "не указана"}»)");
            else _units.TryAdd(code, (unit, row.Number));
        }
        if (code is not null && date is not null && !_seen.TryAdd((code, scope, date.Value), row.Number))
            row.FailRow($"показатель {code} для «{scope}» на {date:dd.MM.yyyy} повторяется: уже был в строке {_seen[(code, scope, date.Value)]}");
        if (row.Failed || !Context.Writing) return;

        _scope.TryAdd(code!, []);
        _scope[code!].Add(date!.Value);
        Appender("reported_values").CreateRow()
            .AppendValue(code).AppendValue(name).AppendValue(scope).AppendValue(date).AppendValue(value)
            .AppendValue(numerator).AppendValue(denominator).AppendValue(unit).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    /// <summary>Значение, or Числитель and Знаменатель (Знаменатель &gt; 0, Числитель ≥ 0); both ways must agree.</summary>
    private static (double? Value, double? Numerator, double? Denominator) Figures(RowView row)
    {
        var unreadable = row.Problems;
        var value = row.OptionalPercent("value")?.Value;
        var numerator = row.Optional<double>("numerator", CellParser.Number);
        var denominator = row.Optional<double>("denominator", CellParser.Number);
        if (row.Problems > unreadable) return (null, null, null);

        if (value < 0) row.Fail("value", $"значение {value.Value.ToString(Ru)} отрицательно; ожидалось число не меньше 0");
        if (numerator < 0) row.Fail("numerator", $"числитель {numerator.Value.ToString(Ru)} отрицателен; ожидалось число не меньше 0");
        if (denominator <= 0) row.Fail("denominator", $"знаменатель {denominator.Value.ToString(Ru)} должен быть больше 0");
        if (numerator is not null && denominator is null) row.Fail("denominator", "знаменатель не указан, а числитель указан: ожидались оба или одно «Значение»");
        else if (numerator is null && denominator is not null) row.Fail("numerator", "числитель не указан, а знаменатель указан: ожидались оба или одно «Значение»");
        else if (value is null && numerator is null)
            row.FailAt(row.Layout.IndexOf("value") ?? row.Layout.IndexOf("numerator"), "значение не указано: ожидалось «Значение» или «Числитель» и «Знаменатель»");
        if (row.Problems > unreadable) return (null, null, null);

        if (numerator is { } n && denominator is { } d && value is { } v && Math.Abs(v - (n * 100 / d)) > StatedValueSlack)
            row.Fail("value", $"значение {v.ToString(Ru)} не равно «Числитель» / «Знаменатель» × 100 = {(n * 100 / d).ToString("0.##", Ru)}");
        return (numerator is null ? value : null, numerator, denominator);
    }

    // «%», «процент», «проц.» are one unit, the one whose values are never summed into the region's.
    private static string? Unit(string? written)
    {
        if (written is null) return null;
        var trimmed = written.Trim();
        return trimmed == "%" || TextNormalizer.Normalize(trimmed) is "процент" or "проценты" or "проц" or "процентов" ? "%" : trimmed;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("reported_values", "indicator_code", "value_date");
}
