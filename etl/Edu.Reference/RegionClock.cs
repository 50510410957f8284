using System.Globalization;

namespace Edu.Reference;

/// <summary>
/// The one clock of the product: the injected time (a <see cref="TimeProvider"/>, fake in tests) read in the region's
/// time zone. Its <see cref="TimeProvider.LocalTimeZone"/> is the region's, so «today» of statuses, report months and
/// recomputes is the region's date whatever the server's zone, and every time a user reads carries the zone's label.
/// </summary>
public sealed class RegionClock : TimeProvider
{
    public const string DefaultZoneId = "Europe/Moscow";

    // Moscow has kept UTC+3 all year since 2014: the stand-in when the machine has no time zone data.
    private static readonly TimeSpan MoscowOffset = TimeSpan.FromHours(3);

    private readonly TimeProvider _time;

    public RegionClock(TimeProvider time, TimeZoneInfo zone)
    {
        _time = time is RegionClock region ? region._time : time;
        Zone = zone;
        Label = zone.Id == DefaultZoneId ? "МСК" : "UTC" + zone.BaseUtcOffset.ToString(zone.BaseUtcOffset < TimeSpan.Zero ? "\\-hh\\:mm" : "\\+hh\\:mm", CultureInfo.InvariantCulture);
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>How the zone is named next to a time: «МСК», or the offset («UTC+05:00») for another zone.</summary>
    public string Label { get; }

    /// <summary>Whether <see cref="Zone"/> is the fixed UTC+3 stand-in because the machine lacks time zone data.</summary>
    public bool IsStandIn { get; private init; }

    /// <summary>
    /// The clock of <paramref name="time"/> in the region: itself when it already is one, else in the default zone, so
    /// a caller that passes a bare provider still gets the region's date, never the server's.
    /// </summary>
    public static RegionClock Of(TimeProvider time) => time as RegionClock ?? For(time, DefaultZoneId);

    /// <summary>The region's clock in the zone named by an IANA id; an unknown id is an error (checked at start).</summary>
    public static RegionClock For(TimeProvider time, string zoneId)
    {
        if (TryFind(zoneId) is { } zone) return new RegionClock(time, zone);
        if (zoneId == DefaultZoneId)
            return new RegionClock(time, TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, MoscowOffset, "Москва (UTC+3)", "Москва (UTC+3)")) { IsStandIn = true };
        throw new ArgumentException($"«{zoneId}» is not a time zone known to this machine (an IANA id such as Europe/Moscow).", nameof(zoneId));
    }

    /// <summary>Whether the id names a time zone here; the check of the setting at start.</summary>
    public static bool IsKnown(string? id) => id == DefaultZoneId || TryFind(id) is not null;

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override long TimestampFrequency => _time.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _time.CreateTimer(callback, state, dueTime, period);

    /// <summary>The region's calendar date now: deadlines, statuses and report months follow it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(GetLocalNow().DateTime);

    /// <summary>A UTC moment (as stored) in the region's zone.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    /// <summary>«24.11.2026 04:10 МСК».</summary>
    public string Format(DateTime utc) => Text(Local(utc));

    public string Format(DateTimeOffset moment) => Text(Local(moment));

    /// <summary>Now, as <see cref="Format(DateTimeOffset)"/> writes it.</summary>
    public string FormatNow() => Format(GetUtcNow());

    /// <summary>Excel's number format of a moment shown in the region's zone: the cell stays a date and reads like the page.</summary>
    public string ExcelFormat => $"dd.mm.yyyy hh:mm \"{Label}\"";

    private string Text(DateTime local) => local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " " + Label;

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
