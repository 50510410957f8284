using DuckDB.NET.Data;
using Edu.Analytics.Methods;
using Edu.Storage;

namespace Edu.Analytics.Storage;

/// <summary>
/// Name, municipality and district of every registry school at computation time, copied into the
/// result rows so that municipal and district filters need no join and a list keeps the names it
/// was computed with. Schools missing from the registry get nulls.
/// </summary>
internal sealed class SchoolSnapshot
{
    private const string Sql = "SELECT login, name, municipality, district FROM schools";

    private readonly Dictionary<string, (string Name, string Municipality, string District)> _schools;

    private SchoolSnapshot(Dictionary<string, (string, string, string)> schools) => _schools = schools;

    public static SchoolSnapshot Read(DuckDBConnection connection)
    {
        var schools = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var (login, school) in connection.Rows(Sql, r => (r.GetString(0), (r.GetString(1), r.GetString(2), r.GetString(3)))))
        {
            schools[login] = school;
        }

        return new SchoolSnapshot(schools);
    }

    /// <summary>A snapshot of the given schools, for tests of what uses it.</summary>
    internal static SchoolSnapshot Of(IEnumerable<(string Login, string Name, string Municipality, string District)> schools) =>
        new(schools.ToDictionary(s => s.Login, s => (s.Name, s.Municipality, s.District), StringComparer.Ordinal));

    public string? Name(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Name : null;

    public string? Municipality(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Municipality : null;

    public string? District(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.District : null;

    /// <summary>Appends school_name, municipality and district of a school to the current row.</summary>
    public IDuckDBAppenderRow Append(IDuckDBAppenderRow row, string login) =>
        row.AppendValue(Name(login)).AppendValue(Municipality(login)).AppendValue(District(login));

    /// <summary>Orders rows the way reads filter them: year, municipality (unknown schools last), login; stable.</summary>
    public IEnumerable<T> Sorted<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login) =>
        SchoolYearOrder.Sort(rows, year, login, Comparer<string>.Create(ByPlace));

    private int ByPlace(string a, string b)
    {
        var byPlace = string.CompareOrdinal(Municipality(a) ?? "\uffff", Municipality(b) ?? "\uffff");
        return byPlace != 0 ? byPlace : string.CompareOrdinal(a, b);
    }
}
