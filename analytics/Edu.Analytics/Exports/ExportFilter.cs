namespace Edu.Analytics.Exports;

/// <summary>
/// Row filters of every analytics export. <see cref="Municipality"/> is a canonical municipality name;
/// when set, every row returned belongs to that municipality (municipal users are scoped by it).
/// </summary>
public sealed record ExportFilter(int? Year = null, string? Municipality = null)
{
    public static ExportFilter None { get; } = new();
}
