namespace Edu.Analytics.Model;

/// <summary>How a school's place on the ШНОР list changed from Y−1 to Y (SPEC §13).</summary>
public enum ShnorChange
{
    /// <summary>«вышла из ШНОР»: «ШНОР» in Y−1, not in Y.</summary>
    Left,

    /// <summary>«вошла в ШНОР»: not «ШНОР» in Y−1, «ШНОР» in Y.</summary>
    Entered,

    /// <summary>«остаётся в ШНОР»: «ШНОР» in both years.</summary>
    Stays,

    /// <summary>«вне ШНОР»: listed («группа риска») in one of the years, «ШНОР» in neither.</summary>
    Outside,

    /// <summary>«нет данных»: «ШНОР» in Y−1 and no counted procedure in Y.</summary>
    NoData,
}

/// <summary>
/// A school with a status in Y−1 or Y: both statuses (null for none), the change, and its low rate in both years
/// (null without a counted procedure that year).
/// </summary>
public sealed record ShnorTransition(
    int Year,
    string Login,
    ShnorStatus? PreviousStatus,
    ShnorStatus? Status,
    ShnorChange Change,
    double? PreviousLowRate,
    double? LowRate)
{
    /// <summary>Low rate in Y − in Y−1, percentage points; null unless both are known.</summary>
    public double? LowRateChange => LowRate - PreviousLowRate;
}
