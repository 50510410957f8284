using DuckDB.NET.Data;
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

    public string? Name(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Name : null;

    public string? Municipality(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Municipality : null;

    public string? District(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.District : null;

    /// <summary>Appends school_name, municipality and district of a school to the current row.</summary>
    public IDuckDBAppenderRow Append(IDuckDBAppenderRow row, string login) =>
        row.AppendValue(Name(login)).AppendValue(Municipality(login)).AppendValue(District(login));

    /// <summary>Orders rows the way reads filter them: year, municipality (unknown schools last), login.</summary>
    /// <remarks>
    /// Logins are ranked once by municipality and login, so millions of rows sort on one integer key each
    /// (stable, as the three-key OrderBy it replaces) instead of comparing strings.
    /// </remarks>
    public IEnumerable<T> Sorted<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var logins = rows.Select(login).Distinct().Select(l => (Place: Municipality(l) ?? "\uffff", Login: l)).ToArray();
        Array.Sort(logins, (a, b) =>
        {
            var byPlace = string.CompareOrdinal(a.Place, b.Place);
            return byPlace != 0 ? byPlace : string.CompareOrdinal(a.Login, b.Login);
        });
        var rank = new Dictionary<string, long>(logins.Length, StringComparer.Ordinal);
        for (var i = 0; i < logins.Length; i++)
        {
            rank[logins[i].Login] = i;
        }

        var firstYear = rows.Min(year);
        return rows.OrderBy(r => ((long)(year(r) - firstYear) << 32) | rank[login(r)]);
    }
}
