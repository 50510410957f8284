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

    /// <summary>A snapshot of the given schools, for tests of what uses it.</summary>
    internal static SchoolSnapshot Of(IEnumerable<(string Login, string Name, string Municipality, string District)> schools) =>
        new(schools.ToDictionary(s => s.Login, s => (s.Name, s.Municipality, s.District), StringComparer.Ordinal));

    public string? Name(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Name : null;

    public string? Municipality(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.Municipality : null;

    public string? District(string? login) => login is not null && _schools.TryGetValue(login, out var s) ? s.District : null;

    /// <summary>Appends school_name, municipality and district of a school to the current row.</summary>
    public IDuckDBAppenderRow Append(IDuckDBAppenderRow row, string login) =>
        row.AppendValue(Name(login)).AppendValue(Municipality(login)).AppendValue(District(login));

    /// <summary>Orders rows the way reads filter them: year, municipality (unknown schools last), login.</summary>
    /// <remarks>
    /// Stable, as the three-key OrderBy it replaces. The engine hands rows over grouped by school-year (millions of
    /// procedure rows, a few dozen per school), so consecutive rows of one school-year are kept together as a run and
    /// only the runs are sorted: one rank lookup per run instead of per row; measured 1.0 s → 0.1 s for the country's
    /// procedure_results. Rows in any other order still sort correctly, as runs of one.
    /// </remarks>
    public IEnumerable<T> Sorted<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var starts = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == 0 || year(rows[i - 1]) != year(rows[i]) || !string.Equals(login(rows[i - 1]), login(rows[i]), StringComparison.Ordinal))
            {
                starts.Add(i);
            }
        }

        var rank = Ranks(starts.Select(i => login(rows[i])));
        var firstYear = rows.Min(year);
        var runs = new Run[starts.Count];
        for (var n = 0; n < starts.Count; n++)
        {
            var first = rows[starts[n]];
            var key = ((long)(year(first) - firstYear) << 32) | rank[login(first)];
            runs[n] = new Run(key, starts[n], n + 1 < starts.Count ? starts[n + 1] : rows.Count);
        }

        Array.Sort(runs);
        return InRunOrder(rows, runs);
    }

    private static IEnumerable<T> InRunOrder<T>(IReadOnlyList<T> rows, Run[] runs)
    {
        foreach (var run in runs)
        {
            for (var i = run.Start; i < run.End; i++)
            {
                yield return rows[i];
            }
        }
    }

    // Logins ranked by municipality (unknown schools last), then login.
    private Dictionary<string, long> Ranks(IEnumerable<string> logins)
    {
        var places = logins.Distinct(StringComparer.Ordinal).Select(l => (Place: Municipality(l) ?? "\uffff", Login: l)).ToArray();
        Array.Sort(places, (a, b) =>
        {
            var byPlace = string.CompareOrdinal(a.Place, b.Place);
            return byPlace != 0 ? byPlace : string.CompareOrdinal(a.Login, b.Login);
        });
        var rank = new Dictionary<string, long>(places.Length, StringComparer.Ordinal);
        for (var i = 0; i < places.Length; i++)
        {
            rank[places[i].Login] = i;
        }

        return rank;
    }

    /// <summary>Rows <see cref="Start"/> to <see cref="End"/> (exclusive), one school-year; ordered by key, then by where they start.</summary>
    private readonly record struct Run(long Key, int Start, int End) : IComparable<Run>
    {
        public int CompareTo(Run other)
        {
            var byKey = Key.CompareTo(other.Key);
            return byKey != 0 ? byKey : Start.CompareTo(other.Start);
        }
    }
}
