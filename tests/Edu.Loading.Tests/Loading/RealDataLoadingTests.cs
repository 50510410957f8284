using System.Globalization;
using Edu.Analytics;
using Edu.Analytics.Storage;
using Edu.Loading.Headers;
using Edu.Loading.Reading;
using Edu.Reference;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Loading;

/// <summary>
/// Real public data converted in code to our formats and loaded as it comes: the Massachusetts 2017 school
/// profiles (../shared/realdata) as a schools registry and a context file, with «н/д» wherever the source is silent.
/// </summary>
public sealed class RealDataLoadingTests : IDisposable
{
    private const int Year = 2017;

    // Our share ← the source's column. The source has no parents' education, single-parent or staffing figures,
    // so those three shares are «н/д» for every school and each school has at most 3 of the 6.
    private static readonly (string Key, string? Column)[] Shares =
    [
        ("low_income", "% Economically Disadvantaged"),
        ("ovz", "% Students With Disabilities"),
        ("non_native", "% First Language Not English"),
        ("parents_higher_ed", null),
        ("single_parent", null),
        ("staffing", null),
    ];

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private sealed record SourceSchool(string Login, string Code, string Name, string Type, string Enrolment, double?[] Shares);

    private static List<SourceSchool> ReadMassachusetts()
    {
        using var reader = SpreadsheetReader.Open(RepoPaths.RealData("massachusetts_2017", "MA_Public_Schools_2017.csv"));
        // Rows stream while their sheet is the current one: take them inside the enumeration.
        var rows = reader.Sheets().Select(sheet => sheet.Rows.ToList()).Single();
        var header = rows[0].Cells.Select(c => (string)c!).ToList();
        int Column(string name) => header.IndexOf(name);
        return rows.Skip(1).Select(r =>
        {
            string Text(string name) => (string?)r[Column(name)] ?? "";
            var shares = Shares.Select(s => s.Column is null || Text(s.Column).Length == 0
                ? (double?)null
                : double.Parse(Text(s.Column), CultureInfo.InvariantCulture)).ToArray();
            return new SourceSchool("sch" + Text("School Code"), Text("School Code"), Text("School Name"), Text("School Type"), Text("TOTAL_Enrollment"), shares);
        }).ToList();
    }

    private string WriteRegistry(List<SourceSchool> schools)
    {
        var municipalities = MunicipalityDirectory.LoadDefault().All;
        using var wb = new Workbook("Справочник");
        wb.Row("Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся");
        for (var i = 0; i < schools.Count; i++)
        {
            var s = schools[i];
            // The source has no locality: «н/д». A charter school is a type SPEC does not name: kept as written.
            wb.Row(s.Login, s.Code, s.Name, municipalities[i % municipalities.Count].Name,
                s.Type == "Charter School" ? "чартерная школа" : "СОШ", "н/д", s.Enrolment);
        }
        return wb.Save(_db.File("Справочник MA 2017.xlsx"));
    }

    private string WriteContext(List<SourceSchool> schools)
    {
        using var wb = new Workbook("Контекст");
        wb.Row("Контекстные данные ОО (Massachusetts 2017)")
            .Row("Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
                "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
                "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %");
        foreach (var s in schools)
        {
            // Written the Russian way: a decimal comma, «н/д» for no value.
            var cells = s.Shares.Select(v => (object?)(v?.ToString(CultureInfo.GetCultureInfo("ru-RU")) ?? "н/д"));
            wb.Row([Year, s.Login, .. cells]);
        }
        return wb.Save(_db.File("Контекст MA 2017.xlsx"));
    }

    [Fact]
    public void Massachusetts_2017_context_loads_whole_and_schools_without_three_shares_get_no_context_index()
    {
        var schools = ReadMassachusetts();
        schools.Should().HaveCount(1861);

        _db.LoadOk(WriteRegistry(schools), FileKind.Schools).Rows.Should().Be(1861);
        _db.LoadOk(WriteContext(schools), FileKind.Context).Rows.Should().Be(1861, "a school whose every share is «н/д» is data, not a blank row");
        _db.Scalar<long>("SELECT count(*) FROM schools WHERE is_rural IS NULL").Should().Be(1861);
        _db.Scalar<long>("SELECT count(*) FROM schools WHERE school_type = 'чартерная школа'").Should().Be(83);

        AnalyticsService.Recompute(_db.Database, new AnalyticsOptions(), TimeProvider.System);

        var computed = _db.Rows("SELECT login, context_index, shares_used, is_disadvantaged FROM context_index WHERE year = $p0", Year)
            .ToDictionary(r => (string)r[0]!, r => (Index: (double?)r[1], Used: (int)r[2]!, Disadvantaged: (bool)r[3]!));
        computed.Should().HaveCount(1861);

        // Counted in the source: 1,842 schools have all three shares; 8 have two, 8 one, and three none at all
        // (rows 1852, 1855 and 1862 of the file, new charter schools without enrolment).
        computed.Values.Count(c => c.Index is not null).Should().Be(1842);
        computed.Values.Where(c => c.Index is null).GroupBy(c => c.Used).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<int, int> { [2] = 8, [1] = 8, [0] = 3 });
        foreach (var login in new[] { "sch35170505", "sch35150205", "sch35120305" })
            computed[login].Should().Be((null, 0, false), "{0} has no share at all", login);

        // The same figures computed independently from the source: each share's z among the schools that have it
        // (sample sd), signed − (all three are disadvantage shares), averaged over a school's shares when it has 3.
        var z = Enumerable.Range(0, 3).Select(k =>
        {
            var values = schools.Where(s => s.Shares[k] is not null).Select(s => s.Shares[k]!.Value).ToList();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return (Mean: mean, Sd: sd);
        }).ToArray();
        var expected = schools.Where(s => s.Shares.Take(3).All(v => v is not null))
            .ToDictionary(s => s.Login, s => Enumerable.Range(0, 3).Average(k => -(s.Shares[k]!.Value - z[k].Mean) / z[k].Sd));
        expected.Should().HaveCount(1842);
        expected.Should().AllSatisfy(e => computed[e.Key].Index.Should().BeApproximately(e.Value, 1e-9));

        // ШФНСУ: index ≤ PERCENTILE.INC(indexes, 0.25), inclusive.
        var sorted = expected.Values.Order().ToArray();
        var h = (sorted.Length - 1) * 0.25;
        var cut = sorted[(int)h] + ((h - (int)h) * (sorted[(int)h + 1] - sorted[(int)h]));
        computed.Values.Count(c => c.Disadvantaged).Should().Be(expected.Values.Count(v => v <= cut));
    }
}
