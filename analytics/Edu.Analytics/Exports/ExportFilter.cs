namespace Edu.Analytics.Exports;

/// <summary>
/// Row filters of every analytics export. <see cref="Municipality"/> is a canonical municipality name;
/// when set, every row returned belongs to that municipality (municipal users are scoped by it).
/// </summary>
public sealed record ExportFilter(int? Year = null, string? Municipality = null)
{
    public static ExportFilter None { get; } = new();

    /// <summary>The condition of every school-level export's query, with <see cref="Year"/> as $p0 and <see cref="Municipality"/> as $p1; NULL means no filter.</summary>
    internal const string Sql = "($p0 IS NULL OR year = $p0) AND ($p1 IS NULL OR municipality = $p1)";
}
