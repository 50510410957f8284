using Edu.Analytics.Model;

namespace Edu.Analytics.Charts;

/// <summary>
/// A school on the context-vs-result scatter: its ИСБШ, its result index and what it is that year — ШФНСУ, resilient
/// (by either method; only ШФНСУ schools can be), and its ШНОР status if listed.
/// </summary>
public sealed record ScatterSchool(string Login, double ContextIndex, double ResultIndex, bool IsDisadvantaged, bool IsResilient, ShnorStatus? Shnor)
{
    /// <summary>Highlighted as ШНОР: the status «ШНОР» itself; «группа риска» is not.</summary>
    public bool IsShnor => Shnor == ShnorStatus.Shnor;
}
