using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>
/// Orders millions of rows by year, login (ordinal) and procedure with one 64-bit key per row: ranking the
/// distinct logins and procedures once replaces tens of millions of string comparisons. The order is the
/// same as OrderBy(year).ThenBy(login, Ordinal).ThenBy(procedure), stable included.
/// </summary>
public static class SchoolYearOrder
{
    private const int ProcedureBits = 20;
    private const int LoginBits = 22;

    public static List<T> Sort<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login, Func<T, ProcedureKey> procedure)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var logins = Ranks(rows.Select(login).Distinct(), StringComparer.Ordinal);
        var procedures = Ranks(rows.Select(procedure).Distinct(), Comparer<ProcedureKey>.Default);
        var firstYear = rows.Min(year);
        if (logins.Count >= 1 << LoginBits || procedures.Count >= 1 << ProcedureBits)
        {
            throw new InvalidOperationException("Too many schools or procedures for the sort key.");
        }

        long Key(T row) =>
            ((long)(year(row) - firstYear) << (LoginBits + ProcedureBits)) | ((long)logins[login(row)] << ProcedureBits) | (long)procedures[procedure(row)];

        return rows.OrderBy(Key).ToList();
    }

    private static Dictionary<TKey, int> Ranks<TKey>(IEnumerable<TKey> distinct, IComparer<TKey> comparer)
        where TKey : notnull
    {
        var sorted = distinct.ToArray();
        Array.Sort(sorted, comparer);
        var ranks = new Dictionary<TKey, int>(sorted.Length);
        for (var i = 0; i < sorted.Length; i++)
        {
            ranks[sorted[i]] = i;
        }

        return ranks;
    }
}
