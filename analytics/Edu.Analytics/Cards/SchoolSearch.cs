using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Edu.Analytics.Charts;
using Edu.Analytics.Exports;
using Edu.Storage;

namespace Edu.Analytics.Cards;

/// <summary>
/// Finds registry schools in the reader's scope by what a user remembers: part of the name (every word typed, in any
/// order, ignoring case, ё/е, quotes and «№»), the login or the Код ОО (or their beginning).
/// </summary>
public static class SchoolSearch
{
    /// <summary>Most schools a search returns; a query that matches more asks for a longer query.</summary>
    public const int Limit = 50;

    // The name as compared: lower case, ё as е, quotes and «№» as spaces.
    private const string Name = """lower(replace(regexp_replace(name, '[«»"„“”''№]', ' ', 'g'), 'ё', 'е'))""";

    public static IReadOnlyList<SchoolRow> Find(DuckDBConnection connection, ReadScope scope, string text)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var sql = new StringBuilder($"""
            {SchoolsExport.Select}
            WHERE ($p0 IS NULL OR municipality = $p0) AND (lower(login) LIKE $p1 || '%' OR code LIKE $p1 || '%' OR (
            """);
        // Several words name a school, never a login or a code: a space begins neither.
        var parameters = new List<object?> { scope.Municipality, words.Count == 1 ? words[0] : " " };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) sql.Append(" AND ");
            sql.Append(CultureInfo.InvariantCulture, $"{Name} LIKE '%' || $p{i + 2} || '%'");
            parameters.Add(words[i]);
        }
        sql.Append(CultureInfo.InvariantCulture, $")) ORDER BY lower(login) = $p1 DESC, code = $p1 DESC, name, login LIMIT {Limit + 1}");
        return connection.Rows(sql.ToString(), SchoolsExport.Map, [.. parameters]);
    }

    /// <summary>The words of a query as the name is compared: lower case, ё as е, without quotes, «№» and LIKE's wildcards.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        (text ?? "").ToLowerInvariant().Replace('ё', 'е')
            .Split([' ', '«', '»', '"', '„', '“', '”', '\'', '№', '%', '_', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Take(8)
            .ToList();
}
