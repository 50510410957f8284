namespace Edu.Analytics.Model;

/// <summary>A school's points for one criterion in one round; 0 points is a deficit (SPEC §12).</summary>
public sealed record SdCriterionScore(string Login, DateOnly Date, string Direction, string Number, string Criterion, double Points)
{
    public bool IsDeficit => Points == 0;
}
