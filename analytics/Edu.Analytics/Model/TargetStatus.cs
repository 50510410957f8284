namespace Edu.Analytics.Model;

public enum AttainmentStatus
{
    /// <summary>«достигнут»</summary>
    Achieved,

    /// <summary>«не достигнут»</summary>
    NotAchieved,

    /// <summary>«в срок»</summary>
    OnTrack,

    /// <summary>«риск»</summary>
    AtRisk,

    /// <summary>«нет данных»</summary>
    NoData,
}

/// <summary>
/// A target applied to one scope (a municipality or «Ленинградская область»). <see cref="Value"/> is the
/// latest value dated on or before min(deadline, as-of); <see cref="Projection"/> is the value the
/// least-squares line through the last values reaches at the deadline.
/// </summary>
public sealed record TargetStatus(
    Target Target,
    string Municipality,
    double? Value,
    DateOnly? ValueDate,
    double? Projection,
    AttainmentStatus Status)
{
    public string StatusLabel => Labels.Status(Status);
}
