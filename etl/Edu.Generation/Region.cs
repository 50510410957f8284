namespace Edu.Generation;

/// <summary>
/// The generated region and the per-year facts derived from it. Every derived value comes from
/// its own seeded stream, so it is the same whichever file asks for it first.
/// </summary>
internal sealed class Region
{
    public Region(GeneratorOptions options, IReadOnlyList<School> schools)
    {
        Options = options;
        Schools = schools;
        Years = Enumerable.Range(options.FirstYear, options.Years).ToArray();
        ByLogin = schools.OrderBy(s => s.Login, StringComparer.Ordinal).ToArray();
    }

    public GeneratorOptions Options { get; }

    public IReadOnlyList<School> Schools { get; }

    /// <summary>Schools in login order, the order ФИС ОКО exports use.</summary>
    public IReadOnlyList<School> ByLogin { get; }

    public IReadOnlyList<int> Years { get; }

    public int YearIndex(int year) => year - Options.FirstYear;

    public double Quality(School school, int year) => school.Quality[YearIndex(year)];

    /// <summary>Context shares of a school in a year, percent with one decimal; null where the school did not report.</summary>
    public double?[] Context(School school, int year)
    {
        var rng = Rng.Derive(Options.Seed, "context", school.Index, year);
        var shares = new double?[ContextShare.Count];
        var notReported = rng.Chance(0.01);
        var age = YearIndex(year);
        for (var i = 0; i < shares.Length; i++)
        {
            var walk = Rng.Derive(Options.Seed, "context-walk", school.Index, i);
            var drift = 0.0;
            for (var y = 0; y < age; y++)
            {
                drift += walk.Normal(0, i == ContextShare.Disability ? 0.4 : 0.9);
            }

            var trend = i == ContextShare.ParentsHigherEducation ? 0.5 * age : 0;
            var value = school.BaseContext[i] + drift + trend + rng.Normal(0, 0.3);
            var max = i == ContextShare.Staffing ? 100 : 99;
            var missing = notReported || rng.Chance(0.015);
            shares[i] = missing ? null : Math.Round(Math.Clamp(value, 0, max), 1);
        }

        return shares;
    }

    /// <summary>Pupils in a grade that year; senior grades are smaller because many leave after the 9th.</summary>
    public int GradeSize(School school, int grade, int year)
    {
        if (!school.HasGrade(grade))
        {
            return 0;
        }

        var seniorWeight = school.MaxGrade == 11 ? 0.55 : 0;
        var units = Math.Min(9, school.MaxGrade) + (2 * seniorWeight);
        var perGrade = school.Enrolment / units * (grade >= 10 ? seniorWeight : 1);
        var rng = Rng.Derive(Options.Seed, "grade", school.Index, grade, year);
        return Math.Max(1, (int)Math.Round(perGrade * (1 + rng.Normal(0, 0.06))));
    }

    /// <summary>
    /// ВПР procedures a school writes in a grade: the core subjects for everybody, two of the
    /// others (ФИС ОКО assigns them to classes at random), Geography in grade 10 for some schools.
    /// </summary>
    public IReadOnlyList<VprProcedure> VprProcedures(School school, int grade, int year)
    {
        if (!school.SitsAssessments || !school.HasGrade(grade))
        {
            return [];
        }

        var offered = VprCatalog.ForGrade(grade).ToList();
        var chosen = offered.Where(p => p.IsCore).ToList();
        var others = offered.Where(p => !p.IsCore).ToList();
        var rng = Rng.Derive(Options.Seed, "vpr-subjects", school.Index, grade, year);
        rng.Shuffle(others);
        var take = grade == 10 ? (rng.Chance(0.6) ? 1 : 0) : 2;
        chosen.AddRange(others.Take(take));
        foreach (var forced in school.LowProcedures.Where(p => p.Grade == grade && !chosen.Contains(p)))
        {
            chosen.Add(forced);
        }

        return chosen.OrderBy(p => p.Index).ToList();
    }

    public bool WritesVpr(School school, VprProcedure procedure, int year) =>
        VprProcedures(school, procedure.Grade, year).Contains(procedure);

    public int VprParticipants(School school, VprProcedure procedure, int year)
    {
        var size = GradeSize(school, procedure.Grade, year);
        var rng = Rng.Derive(Options.Seed, "vpr-count", school.Index, procedure.Index, year);
        var n = (int)Math.Round(size * rng.Between(0.86, 0.97));
        return IsForcedLow(school, procedure, year) ? Math.Max(n, 12) : n;
    }

    /// <summary>
    /// A planted school in a year and procedure where ≥30% «2» is guaranteed: low results in both procedures in the last
    /// two years; leaving ШНОР, in both in the two years before the last; entering ШНОР, in the first procedure in the
    /// last year but one (ground B in the last year, neither ground that year) and in both in the last.
    /// </summary>
    public bool IsForcedLow(School school, VprProcedure procedure, int year)
    {
        var last = Options.LastYear;
        return school.LowProcedures.Contains(procedure) && school.Role switch
        {
            PlantedRole.LowResults => year >= last - 1,
            PlantedRole.LeavesShnor => year == last - 1 || year == last - 2,
            PlantedRole.EntersShnor => year == last || (year == last - 1 && procedure == school.LowProcedures[0]),
            _ => false,
        };
    }

    public static bool IsInflated(School school, VprProcedure procedure) =>
        school.Role == PlantedRole.InflatedVpr && procedure.Subject is "Математика" or "Русский язык";

    public bool HasIndividualFile(VprProcedure procedure, int year) =>
        Options.IndividualProcedures.Includes(year, procedure, Options.FirstYear, Options.LastYear);
}
