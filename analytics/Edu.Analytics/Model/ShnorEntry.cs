namespace Edu.Analytics.Model;

public enum ShnorStatus
{
    /// <summary>«ШНОР»: grounds A and B both hold.</summary>
    Shnor,

    /// <summary>«группа риска»: exactly one ground holds.</summary>
    RiskGroup,
}

/// <summary>
/// A listed school. <see cref="Procedures"/> are those that triggered a ground;
/// <see cref="YearsListed"/> counts consecutive listed years ending with <see cref="Year"/>.
/// </summary>
public sealed record ShnorEntry(
    int Year,
    string Login,
    ShnorStatus Status,
    bool GroundA,
    bool GroundB,
    IReadOnlyList<ProcedureKey> Procedures,
    int YearsListed)
{
    public string StatusLabel => Labels.Status(Status);
}
