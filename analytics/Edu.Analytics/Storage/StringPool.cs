namespace Edu.Analytics.Storage;

/// <summary>
/// Hands out one instance per distinct string, so millions of rows that name the same school or
/// subject share it instead of each holding a copy read from the database.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (_pool.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _pool[value] = value;
        return value;
    }
}
