using Edu.Reference;

namespace Edu.Analytics.Model;

/// <summary>
/// Where a school stands in the self-diagnostics as of a date (SPEC §12): its latest round, the one before, the level
/// change, whether it is in the project's roster for the latest round's school year, and its deficit count (null when no
/// criteria were loaded for the latest round).
/// </summary>
public sealed record SdStanding(SdRound Latest, SdRound? Previous, bool InProject, int? Deficits)
{
    public string Login => Latest.Login;

    public SelfDiagnosticsLevel Level => Latest.Level;

    public LevelChange? Change => Previous is null ? null
        : Latest.Level > Previous.Level ? LevelChange.Rose
        : Latest.Level < Previous.Level ? LevelChange.Fell
        : LevelChange.Kept;

    public bool BelowBasic => Latest.Level == SelfDiagnosticsLevel.BelowBasic;
}
