namespace Edu.Analytics.Model;

/// <summary>One figure for each mark «2», «3», «4», «5»: counts of marks, or their shares in %.</summary>
public readonly record struct PerMark(double Two, double Three, double Four, double Five)
{
    public double Total => Two + Three + Four + Five;

    public static PerMark operator +(PerMark a, PerMark b) => new(a.Two + b.Two, a.Three + b.Three, a.Four + b.Four, a.Five + b.Five);
}
