using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;

namespace Edu.Loading.Kinds.Context;

/// <summary>
/// Context shares per school and year (scope: the year). Rows are held until the end of the file
/// because whether bare numbers are percents or fractions is decided per column over the whole file.
/// </summary>
public sealed class ContextLoader(LoadContext context) : KindLoader(context)
{
    public static readonly string[] ShareKeys = ["low_income", "ovz", "non_native", "parents_higher_ed", "single_parent", "staffing"];

    private readonly List<(int Row, int Year, string Login, PercentValue?[] Shares)> _rows = [];
    private readonly Dictionary<(int, string), int> _seen = [];
    private readonly SortedSet<int> _years = [];
    private HeaderLayout? _layout;
    private SheetScope? _sheet;

    public override FileKind Kind => FileKind.Context;

    public override string Scope => "годы: " + string.Join(", ", _years);

    public override void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
        _layout = layout;
        _sheet = sheet;
    }

    public override void Row(RowView row)
    {
        var year = row.Required<int>("year", CellParser.Year);
        var login = row.RequiredText("login", CellParser.Login);
        if (login is not null && Context.Schools.ByLogin(login) is null) row.Fail("login", Context.UnknownSchool(login));
        // A school-year whose every share is a missing-value code is data: «нет данных», loaded as NULLs (SPEC §3).
        var shares = ShareKeys.Select(row.OptionalPercent).ToArray();
        if (year is not null && login is not null && !_seen.TryAdd((year.Value, login), row.Number))
            row.FailRow(string.Create(CultureInfo.InvariantCulture, $"ОО «{login}» за {year} год повторяется: она уже была в строке {_seen[(year.Value, login)]}"));
        if (row.Failed) return;
        _rows.Add((row.Number, year!.Value, login!, shares));
        _years.Add(year.Value);
    }

    public override void Complete(SheetScope file)
    {
        // A column whose bare numbers never exceed 1 is written as fractions (0.453 = 45.3%).
        var fractions = ShareKeys.Select((_, k) =>
        {
            var plain = _rows.Select(r => r.Shares[k]).Where(s => s is { Source: PercentSource.Plain }).Select(s => s!.Value.Value).ToList();
            return plain.Count > 0 && plain.All(v => v <= 1) && plain.Any(v => v > 0);
        }).ToArray();

        foreach (var (rowNumber, year, login, shares) in _rows)
        {
            var values = new double?[ShareKeys.Length];
            for (var k = 0; k < ShareKeys.Length; k++)
            {
                if (shares[k] is not { } s) continue;
                var value = s.Source == PercentSource.Plain && fractions[k] ? s.Value * 100 : s.Value;
                if (value is < 0 or > 100)
                {
                    file.Problems.Add(new LoadProblem(file.FileName, _sheet?.SheetName, rowNumber, _layout!.Describe(ShareKeys[k]),
                        $"доля {value.ToString(CultureInfo.GetCultureInfo("ru-RU"))}% вне диапазона 0…100%"));
                }
                values[k] = value;
            }
            if (!Context.Writing) continue;
            var appender = Appender("school_context").CreateRow().AppendValue(year).AppendValue(login);
            foreach (var v in values) appender.AppendValue(v);
            appender.AppendValue(Context.LoadId).EndRow();
            Rows++;
        }
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("school_context", "year");
}
