using System.Runtime.InteropServices;
using Edu.Analytics.Model;

namespace Edu.Analytics.Methods;

/// <summary>
/// Orders millions of rows by year, login and procedure with one number per row: ranking the distinct logins and
/// procedures once replaces tens of millions of string comparisons. The order is the same as
/// OrderBy(year).ThenBy(login, Ordinal).ThenBy(procedure), stable included; or, with a login order and no procedure,
/// OrderBy(year).ThenBy(login, that order), the rows of one school-year in the order given.
/// </summary>
/// <remarks>
/// Where the possible (year, login, procedure) are few against the rows, as in the recompute, the rows are counted into
/// them and placed (CountingSort). Otherwise a 64-bit key ends with the row's position, so keys are unique, an unstable
/// sort of plain longs is stable on the rows, and the position is read back from the sorted key (KeySort). Consecutive
/// rows of one school (the usual input) look their login up once. Measured at country scale (3.2 million results): 0.6 s with
/// LINQ's OrderBy on the same key, 0.2 s with the 64-bit keys.
/// </remarks>
public static class SchoolYearOrder
{
    // Up to this many possible keys a row, rows are placed by counting (CountingSort); beyond, the counts would cost more
    // than comparing. At country scale (40,000 schools, 3 years, 28 procedures): by school-year 0.04 a row, by
    // school-procedure-year 1.
    private const int BucketsPerRow = 4;

    public static List<T> Sort<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login, Func<T, ProcedureKey> procedure) =>
        Sort(rows, year, login, StringComparer.Ordinal, procedure);

    /// <summary>By year, then by login in <paramref name="loginOrder"/>; the rows of one school-year keep their order.</summary>
    public static List<T> Sort<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login, IComparer<string> loginOrder) =>
        Sort(rows, year, login, loginOrder, procedure: null);

    private static List<T> Sort<T>(IReadOnlyList<T> rows, Func<T, int> year, Func<T, string> login, IComparer<string> loginOrder, Func<T, ProcedureKey>? procedure)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var loginIds = new Ids<string>(StringComparer.Ordinal);
        var procedureIds = new Ids<ProcedureKey>(EqualityComparer<ProcedureKey>.Default);
        var loginOf = new int[rows.Count];
        var procedureOf = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            loginOf[i] = loginIds.Of(login(rows[i]));
            procedureOf[i] = procedure is null ? 0 : procedureIds.Of(procedure(rows[i]));
        }

        var loginRank = loginIds.Ranks(loginOrder);
        // Without procedures every row's procedure is the one rank 0, which takes no bits of the key.
        int[] procedureRank = procedure is null ? [0] : procedureIds.Ranks(Comparer<ProcedureKey>.Default);
        var firstYear = int.MaxValue;
        var lastYear = int.MinValue;
        foreach (var row in rows)
        {
            firstYear = Math.Min(firstYear, year(row));
            lastYear = Math.Max(lastYear, year(row));
        }

        // One number per row, its (year, login, procedure) in mixed radix: the order of the numbers is that of the three keys.
        var buckets = checked((long)(lastYear - firstYear + 1) * loginRank.Length * procedureRank.Length);
        long Bucket(int i) => ((((long)year(rows[i]) - firstYear) * loginRank.Length) + loginRank[loginOf[i]]) * procedureRank.Length + procedureRank[procedureOf[i]];
        return buckets <= (long)BucketsPerRow * rows.Count ? CountingSort(rows, Bucket, (int)buckets) : KeySort(rows, Bucket, buckets);
    }

    /// <remarks>
    /// Rows are counted per bucket and then placed, in the order given within one, in two passes and without comparing.
    /// Measured at country scale, 3.2 million results, the whole sort: by year and login 0.55–0.63 s with the 64-bit
    /// keys, 0.26–0.28 s so; by year and municipality (the save's) 0.74–0.79 s, 0.45–0.49 s.
    /// </remarks>
    private static List<T> CountingSort<T>(IReadOnlyList<T> rows, Func<int, long> bucketOfRow, int buckets)
    {
        var bucketOf = new int[rows.Count];
        var starts = new int[buckets + 1];
        for (var i = 0; i < rows.Count; i++)
        {
            bucketOf[i] = (int)bucketOfRow(i);
            starts[bucketOf[i] + 1]++;
        }

        for (var bucket = 0; bucket < buckets; bucket++)
        {
            starts[bucket + 1] += starts[bucket];
        }

        var sorted = new List<T>(rows.Count);
        CollectionsMarshal.SetCount(sorted, rows.Count);
        var placed = CollectionsMarshal.AsSpan(sorted);
        for (var i = 0; i < rows.Count; i++)
        {
            placed[starts[bucketOf[i]]++] = rows[i];
        }

        return sorted;
    }

    /// <remarks>The key is the bucket followed by the row's position, which makes it unique and the unstable sort stable.</remarks>
    private static List<T> KeySort<T>(IReadOnlyList<T> rows, Func<int, long> bucketOfRow, long buckets)
    {
        var positionBits = Bits(rows.Count);
        if (Bits(buckets) + positionBits > 63)
        {
            throw new InvalidOperationException("Too many years, schools, procedures or rows for the sort key.");
        }

        var keys = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            keys[i] = (bucketOfRow(i) << positionBits) | (long)i;
        }

        Array.Sort(keys);
        var position = (1L << positionBits) - 1;
        var sorted = new List<T>(rows.Count);
        foreach (var key in keys)
        {
            sorted.Add(rows[(int)(key & position)]);
        }

        return sorted;
    }

    // Bits that hold the numbers 0 … count − 1.
    private static int Bits(long count) => count <= 1 ? 0 : 64 - (int)long.LeadingZeroCount(count - 1);

    /// <summary>Numbers values in order of first appearance; a value equal to the one before is not looked up again.</summary>
    private sealed class Ids<TKey>(IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _ids = new(comparer);
        private readonly List<TKey> _values = [];
        private TKey? _last;
        private int _lastId = -1;

        public int Of(TKey value)
        {
            if (_lastId >= 0 && comparer.Equals(value, _last!))
            {
                return _lastId;
            }

            if (!_ids.TryGetValue(value, out var id))
            {
                id = _values.Count;
                _ids.Add(value, id);
                _values.Add(value);
            }

            (_last, _lastId) = (value, id);
            return id;
        }

        /// <summary>The rank of each id's value among all values in <paramref name="order"/>.</summary>
        public int[] Ranks(IComparer<TKey> order)
        {
            var ids = Enumerable.Range(0, _values.Count).ToArray();
            Array.Sort(ids, (a, b) => order.Compare(_values[a], _values[b]));
            var ranks = new int[ids.Length];
            for (var rank = 0; rank < ids.Length; rank++)
            {
                ranks[ids[rank]] = rank;
            }

            return ranks;
        }
    }
}
