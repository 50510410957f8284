namespace Edu.Reference;

/// <summary>A level of the «Школа Минпросвещения России» self-diagnostics (SPEC §12), lowest first: the order compares them.</summary>
public enum SelfDiagnosticsLevel
{
    BelowBasic,
    Basic,
    Medium,
    High,
}
