using Edu.Reference;

namespace Edu.Loading.Setup;

/// <summary>Section «Region»: the region's time zone, in which every host shows times and counts its «today».</summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    /// <summary>IANA id of the region's time zone; Leningrad oblast keeps Moscow time.</summary>
    public string TimeZone { get; set; } = RegionClock.DefaultZoneId;

    /// <summary>Russian descriptions of what is wrong, empty when the section is usable.</summary>
    public IReadOnlyList<string> Problems() => RegionClock.IsKnown(TimeZone)
        ? []
        : [$"{Section}:TimeZone: «{TimeZone}» — не часовой пояс этой машины (ожидался идентификатор IANA, например Europe/Moscow)"];

    /// <summary>The region's clock over <paramref name="time"/>.</summary>
    public RegionClock Clock(TimeProvider time) => RegionClock.For(time, TimeZone);
}
