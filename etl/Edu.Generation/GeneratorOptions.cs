using System.Globalization;

namespace Edu.Generation;

/// <summary>What the synthetic region looks like. Defaults describe Leningrad oblast.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Number of schools; 350 is the oblast, 40,000 the country-scale benchmark.</summary>
    public int Schools { get; init; } = 350;

    /// <summary>Number of assessment years ending with <see cref="LastYear"/>.</summary>
    public int Years { get; init; } = 3;

    public int Seed { get; init; } = 47;

    public int LastYear { get; init; } = 2025;

    /// <summary>Share of schools in rural areas (тип местности «село»), 0–1.</summary>
    public double RuralShare { get; init; } = 0.40;

    public IndividualProcedureSelection IndividualProcedures { get; init; } = IndividualProcedureSelection.LastYearAll;

    /// <summary>ОГЭ subjects that get protocols (names as in the catalog); empty means every subject.</summary>
    public IReadOnlyList<string> OgeSubjects { get; init; } = [];

    /// <summary>Write ОГЭ protocols of the last year only (keeps committed samples small).</summary>
    public bool OgeLastYearOnly { get; init; }

    /// <summary>
    /// The committed data-samples/: the whole region and every kind, but individual results only where
    /// they matter most (ВПР Математика 5 and ОГЭ Математика of the last year), so the files stay a few MB.
    /// </summary>
    public GeneratorOptions AsSample() => this with
    {
        IndividualProcedures = IndividualProcedureSelection.Explicit($"{LastYear.ToString(CultureInfo.InvariantCulture)}:Математика:5"),
        OgeSubjects = ["Математика"],
        OgeLastYearOnly = true,
    };

    public bool WritesOge(string subject, int year) =>
        (OgeSubjects.Count == 0 || OgeSubjects.Contains(subject, StringComparer.OrdinalIgnoreCase)) && (!OgeLastYearOnly || year == LastYear);

    /// <summary>Kinds to write (see <see cref="GeneratedKind"/>); empty means every kind.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>First year of the quarterly coverage reports; the committee targets start in 2019.</summary>
    public int CoverageFirstYear { get; init; } = 2019;

    /// <summary>Share of schools planted with low results (ШНОР) in the last two years, 0–1.</summary>
    public double LowResultShare { get; init; } = 0.03;

    /// <summary>Share of schools planted as resilient (poor context, high results every year), 0–1.</summary>
    public double ResilientShare { get; init; } = 0.02;

    /// <summary>Schools planted with inflated ВПР; null picks 3–5 by size.</summary>
    public int? InflatedSchools { get; init; }

    public int FirstYear => LastYear - Years + 1;

    public bool Writes(string kind) => Kinds.Count == 0 || Kinds.Contains(kind, StringComparer.Ordinal);

    public void Validate()
    {
        if (Schools is < 20 or > 50_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Schools), Schools, "20–50,000 schools (Код ОО keeps 4 digits per municipality).");
        }

        if (Years is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Years), Years, "1–10 years.");
        }

        if (RuralShare is < 0 or > 0.9)
        {
            throw new ArgumentOutOfRangeException(nameof(RuralShare), RuralShare, "0–0.9.");
        }

        var unknown = Kinds.Except(GeneratedKind.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown kinds: {string.Join(", ", unknown)}.", nameof(Kinds));
        }
    }
}
