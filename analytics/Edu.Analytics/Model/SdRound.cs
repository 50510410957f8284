using Edu.Reference;

namespace Edu.Analytics.Model;

/// <summary>A school's self-diagnostics round (SPEC §12): its date, level and total points.</summary>
public sealed record SdRound(string Login, DateOnly Date, SelfDiagnosticsLevel Level, double TotalPoints);
