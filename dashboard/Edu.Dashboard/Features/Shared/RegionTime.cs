using System.Globalization;
using Edu.Dashboard.Setup;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.Shared;

/// <summary>
/// Shows moments (stored in UTC) in the region's time zone, <see cref="DashboardOptions.TimeZone"/>, with the zone named,
/// so a load at 23:30 UTC reads as the next morning it was for the people of the region.
/// </summary>
public sealed class RegionTime
{
    public const string DefaultZoneId = "Europe/Moscow";

    // Moscow has kept UTC+3 all year since 2014: the stand-in when the machine has no time zone data.
    private static readonly TimeSpan MoscowOffset = TimeSpan.FromHours(3);

    public RegionTime(IOptions<DashboardOptions> options, ILogger<RegionTime> log)
    {
        var id = options.Value.TimeZone;
        if (TryFind(id) is { } zone)
            Zone = zone;
        else if (id == DefaultZoneId)
        {
            Zone = TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, MoscowOffset, "Москва (UTC+3)", "Москва (UTC+3)");
            log.LogWarning("Time zone data for {Zone} is missing on this machine; times are shown at the fixed offset UTC+3", id);
        }
        else
            throw new OptionsValidationException(DashboardOptions.Section, typeof(DashboardOptions), [$"Dashboard:TimeZone «{id}» is not a time zone known to this machine (an IANA id such as Europe/Moscow)."]);
        Label = Zone.Id == DefaultZoneId ? "МСК" : "UTC" + Zone.BaseUtcOffset.ToString(Zone.BaseUtcOffset < TimeSpan.Zero ? "\\-hh\\:mm" : "\\+hh\\:mm", CultureInfo.InvariantCulture);
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>How the zone is named next to a time: «МСК», or the offset («UTC+05:00») for other zones.</summary>
    public string Label { get; }

    /// <summary>A UTC moment in the region's zone.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    /// <summary>The region's calendar date now (deadlines and report months follow it, not UTC's).</summary>
    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()));

    /// <summary>«24.11.2026 04:10 МСК».</summary>
    public string Format(DateTime utc) => Local(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " " + Label;

    public string Format(DateTimeOffset moment) => Local(moment).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " " + Label;

    /// <summary>Whether the id names a time zone here; the check of the option at start.</summary>
    public static bool IsKnown(string? id) => id == DefaultZoneId || TryFind(id) is not null;

    private static TimeZoneInfo? TryFind(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
