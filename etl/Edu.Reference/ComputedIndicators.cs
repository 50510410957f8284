namespace Edu.Reference;

/// <summary>
/// The indicator codes the product computes from loaded data (SPEC §4, §12, §13). Their values are never loaded: a
/// file of reported values that names one is refused, so a computed series cannot be overwritten by hand.
/// </summary>
public static class ComputedIndicators
{
    public const string Dop5To18 = "DOP_5_18";
    public const string DopTech = "DOP_TECH";
    public const string DopOvz = "DOP_OVZ";
    public const string ShnorShare = "SHNOR_SHARE";
    public const string Objectivity = "OBJECTIVITY";
    public const string SdBasic = "SD_BASIC";
    public const string ShnorExit = "SHNOR_EXIT";

    public static IReadOnlySet<string> Codes { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Dop5To18, DopTech, DopOvz, ShnorShare, Objectivity, SdBasic, ShnorExit };
}
