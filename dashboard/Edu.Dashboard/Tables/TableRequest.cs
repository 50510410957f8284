namespace Edu.Dashboard.Tables;

/// <summary>Filters, sort and page of a table, read from the GET query string so every view is a link.</summary>
public sealed record TableRequest(IReadOnlyDictionary<string, string> Filters, string? Sort, bool Descending, int Page)
{
    public static TableRequest From(IQueryCollection query, IEnumerable<string> filterKeys)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in filterKeys)
            if (query[key].ToString() is { Length: > 0 } v) values[key] = v;
        var page = int.TryParse(query["page"], System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var sort = query["sort"].ToString();
        return new TableRequest(values, sort.Length > 0 ? sort : null, query["dir"] == "desc", page);
    }

    /// <summary>A request with one filter fixed by the page (the municipality of the municipality page).</summary>
    public TableRequest With(string key, string value) =>
        this with { Filters = new Dictionary<string, string>(Filters, StringComparer.Ordinal) { [key] = value } };

    /// <summary>The query string of this request with some values changed (null removes a key).</summary>
    public string Query(params (string Key, string? Value)[] changes)
    {
        var values = new List<KeyValuePair<string, string>>(Filters);
        if (Sort is not null) values.Add(new("sort", Sort));
        if (Descending) values.Add(new("dir", "desc"));
        if (Page > 1) values.Add(new("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (key, value) in changes)
        {
            values.RemoveAll(v => v.Key == key);
            if (value is not null) values.Add(new(key, value));
        }
        return values.Count == 0 ? "" : "?" + string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
    }

    /// <summary>The filters and sort as one string whatever order they were given in: the cache key of a table read per request.</summary>
    public string Key =>
        string.Join('&', Filters.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)))
        + "|" + Uri.EscapeDataString(Sort ?? "") + (Descending ? "|desc" : "");

    public string Describe() => string.Join("; ", Filters.Select(f => $"{f.Key}={f.Value}"));
}
