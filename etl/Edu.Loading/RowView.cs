using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Loading.Reading;

namespace Edu.Loading;

/// <summary>
/// A data row seen through its header: typed access by column key, and problems reported with
/// file, sheet, row and column. A row with any problem is not written.
/// </summary>
public sealed class RowView(SheetRow row, HeaderLayout layout, SheetScope scope)
{
    public int Number => row.Number;

    public bool Failed => Problems > 0;

    /// <summary>How many problems the row has so far: a check can tell whether the cells it read were readable.</summary>
    public int Problems { get; private set; }

    public HeaderLayout Layout => layout;

    public bool Has(string key) => layout.IndexOf(key) is not null;

    public object? Raw(string key) => layout.IndexOf(key) is { } i ? row[i] : null;

    public object? RawAt(int index) => row[index];

    public string? FormatAt(int index) => row.Format(index);

    /// <summary>A value the row must have: blank or a missing-value code is a problem.</summary>
    public T? Required<T>(string key, Func<object?, ParseResult<T>> parse) where T : struct
    {
        var result = parse(Raw(key));
        if (result.HasValue) return result.Value;
        Fail(key, result.Error ?? "пустое значение, а столбец обязателен");
        return null;
    }

    public string? RequiredText(string key, Func<object?, ParseResult<string>>? parse = null)
    {
        var result = (parse ?? CellParser.Text)(Raw(key));
        if (result.HasValue) return result.Value;
        Fail(key, result.Error ?? "пустое значение, а столбец обязателен");
        return null;
    }

    /// <summary>A value that may be absent (NULL); text that cannot be the value is still a problem.</summary>
    public T? Optional<T>(string key, Func<object?, ParseResult<T>> parse) where T : struct
    {
        var result = parse(Raw(key));
        if (result.IsInvalid) Fail(key, result.Error!);
        return result.HasValue ? result.Value : null;
    }

    public string? OptionalText(string key)
    {
        var result = CellParser.Text(Raw(key));
        return result.HasValue ? result.Value : null;
    }

    /// <summary>Text that may be absent; text that is not what <paramref name="parse"/> expects (a malformed login) is a problem.</summary>
    public string? OptionalText(string key, Func<object?, ParseResult<string>> parse)
    {
        var result = parse(Raw(key));
        if (result.IsInvalid) Fail(key, result.Error!);
        return result.HasValue ? result.Value : null;
    }

    public PercentValue? OptionalPercent(string key)
    {
        var index = layout.IndexOf(key);
        if (index is null) return null;
        var result = CellParser.Percent(row[index.Value], row.Format(index.Value));
        if (result.IsInvalid) Fail(key, result.Error!);
        return result.HasValue ? result.Value : null;
    }

    public void Fail(string key, string message) => FailAt(layout.IndexOf(key), message, key);

    public void FailAt(int? index, string message, string? key = null)
    {
        Problems++;
        var column = index is { } i ? layout.Describe(i) : key is null ? null : layout.Describe(key);
        scope.Problems.Add(new LoadProblem(scope.FileName, scope.SheetName, row.Number, column, message));
    }

    /// <summary>A problem of the row as a whole (a duplicate key, an unknown school), not of one cell.</summary>
    public void FailRow(string message)
    {
        Problems++;
        scope.Problems.Add(new LoadProblem(scope.FileName, scope.SheetName, row.Number, null, message));
    }

    public bool InRange(string key, double? value, double min, double max, string what)
    {
        if (value is null || (value >= min && value <= max)) return true;
        Fail(key, $"{what} {value.Value.ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))} вне допустимого диапазона {min.ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}…{max.ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}");
        return false;
    }
}

/// <summary>Where the rows come from: file and sheet names for messages, and the file's problem list.</summary>
public sealed record SheetScope(string FileName, string SheetName, ProblemList Problems);
