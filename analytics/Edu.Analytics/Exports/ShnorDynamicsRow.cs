using Edu.Analytics.Model;

namespace Edu.Analytics.Exports;

/// <summary>A school with a ШНОР status in Y−1 or Y: both statuses, the change and its low rates (SPEC §13).</summary>
public sealed record ShnorDynamicsRow(
    int Year,
    string Login,
    string? SchoolName,
    string? Municipality,
    string? District,
    ShnorStatus? PreviousStatus,
    ShnorStatus? Status,
    ShnorChange Change,
    double? PreviousLowRate,
    double? LowRate) : ISchoolRow, IYearRow
{
    /// <summary>Low rate in Y − in Y−1, percentage points; null unless both are known.</summary>
    public double? LowRateChange => LowRate - PreviousLowRate;
}
