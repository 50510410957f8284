namespace Edu.Analytics.Exports;

/// <summary>
/// Row filters of every analytics export. <see cref="Municipality"/> is a canonical municipality name;
/// when set, every row returned belongs to that municipality (municipal users are scoped by it).
/// <see cref="Login"/> keeps one school's rows: the school's card reads the lists through the same queries.
/// </summary>
public sealed record ExportFilter(int? Year = null, string? Municipality = null, string? Login = null)
{
    public static ExportFilter None { get; } = new();

    /// <summary>
    /// The condition of every school-level export's query, with <see cref="Year"/> as $p0, <see cref="Municipality"/> as $p1
    /// and <see cref="Login"/> as $p2 (<see cref="Parameters"/>); NULL means no filter.
    /// </summary>
    internal const string Sql = "($p0 IS NULL OR year = $p0) AND ($p1 IS NULL OR municipality = $p1) AND ($p2 IS NULL OR login = $p2)";

    /// <summary>The values of <see cref="Sql"/>'s parameters, in order.</summary>
    internal object?[] Parameters => [Year, Municipality, Login];
}
