namespace Edu.Generation;

/// <summary>A synthetic school with its latent traits; everything per year is derived from these and the seed.</summary>
internal sealed class School
{
    public required int Index { get; init; }

    public required string Login { get; init; }

    /// <summary>6 digits: the municipality code and a 4-digit number, as РЦОИ codes look.</summary>
    public required string Code { get; init; }

    public required Municipality Municipality { get; init; }

    public required string Name { get; init; }

    /// <summary>СОШ, ООШ, НОШ, гимназия, лицей, ЦО, СКОШ.</summary>
    public required string Type { get; init; }

    public required bool Rural { get; init; }

    public required int Enrolment { get; init; }

    /// <summary>Social advantage of the intake (z-like); drives the context shares.</summary>
    public required double Advantage { get; init; }

    /// <summary>Context shares in the first year, in <see cref="ContextShare"/> order, percent.</summary>
    public required double[] BaseContext { get; init; }

    /// <summary>Latent quality per generated year (z-like): context effect + school effect + drift.</summary>
    public double[] Quality { get; set; } = [];

    public PlantedRole Role { get; set; }

    /// <summary>For the low-result roles: the ВПР procedures forced to ≥30% «2» (in the years <see cref="Region.IsForcedLow"/> says).</summary>
    public IReadOnlyList<VprProcedure> LowProcedures { get; set; } = [];

    public int MaxGrade => Type switch
    {
        "НОШ" => 4,
        "ООШ" or "СКОШ" => 9,
        _ => 11,
    };

    public bool IsSelective => Type is "гимназия" or "лицей";

    /// <summary>Special (correctional) schools teach adapted programmes and sit no ВПР, ОГЭ or ЕГЭ here.</summary>
    public bool SitsAssessments => Type != "СКОШ";

    public bool HasGrade(int grade) => grade >= 1 && grade <= MaxGrade;

    public string Settlement => Rural ? "село" : "город";
}
