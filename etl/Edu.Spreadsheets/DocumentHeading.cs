using System.Globalization;
using Edu.Reference;

namespace Edu.Spreadsheets;

/// <summary>
/// What a document says about itself above its table, so a printout handed to the council answers «what is this,
/// which rows, as of when, made when and by whom» without the screen it came from. Times are the region's, with the
/// zone's label, as on the pages.
/// </summary>
public sealed record DocumentHeading(string Title, string Selection, DateOnly AsOf, DateTimeOffset GeneratedAt, string? User, RegionClock Clock)
{
    /// <summary>The heading of a table export: its title, the filters as «name — value» (none: every row), the as-of date.</summary>
    public static DocumentHeading ForExport(string title, IEnumerable<(string Name, string Value)> filters, DateOnly asOf, RegionClock clock, string? user)
    {
        var chosen = filters.Select(f => $"{f.Name} — {f.Value}").ToList();
        return new DocumentHeading(title, chosen.Count == 0 ? "все строки" : string.Join("; ", chosen), asOf, clock.GetUtcNow(), user, clock);
    }

    /// <summary>«Данные на 31.10.2026; отбор: год — 2025; муниципалитет — Лужский район».</summary>
    public string Scope => $"Данные на {AsOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}; отбор: {Selection}";

    /// <summary>«Сформировано 27.11.2026 18:24 МСК; пользователь: analyst» — in the region's time, as the pages show times.</summary>
    public string Stamp => $"Сформировано {Clock.Format(GeneratedAt)}" + (string.IsNullOrWhiteSpace(User) ? "" : $"; пользователь: {User}");

    /// <summary>The lines in the order they are written: the title, what and as of when, when and by whom.</summary>
    public IReadOnlyList<string> Lines => [Title, Scope, Stamp];
}
