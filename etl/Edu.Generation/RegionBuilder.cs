namespace Edu.Generation;

/// <summary>
/// Builds the school network: municipalities, rural/urban, types and sizes, context, latent
/// quality over the years, and the planted cases. Holds one object per school only, so it
/// stays small even at 40,000 schools; rows are produced later, stream by stream.
/// </summary>
internal static class RegionBuilder
{
    public static Region Build(GeneratorOptions options)
    {
        options.Validate();
        var municipalities = MunicipalityCatalog.All;
        var counts = Allocate(options.Schools, municipalities.Select(m => m.SchoolWeight).ToArray());
        var rural = RuralCounts(counts, municipalities, (int)Math.Round(options.Schools * options.RuralShare));
        var logins = Logins(options);
        var naming = new SchoolNaming();

        var schools = new List<School>(options.Schools);
        for (var m = 0; m < municipalities.Count; m++)
        {
            var municipality = municipalities[m];
            var codes = new Rng((ulong)options.Seed * 31 + (ulong)m);
            var codeNumbers = Unique(codes, counts[m], 1, 9999);
            for (var i = 0; i < counts[m]; i++)
            {
                var index = schools.Count;
                var rng = Rng.Derive(options.Seed, "school", index);
                var isRural = i < rural[m];
                var type = PickType(rng, isRural);
                var advantage = rng.Normal() - (isRural ? 0.7 : 0) + (type is "гимназия" or "лицей" ? 0.5 : 0);
                schools.Add(new School
                {
                    Index = index,
                    Login = logins[index],
                    Code = municipality.Code + codeNumbers[i].ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                    Municipality = municipality,
                    Name = naming.Name(rng, type, isRural, municipality),
                    Type = type,
                    Rural = isRural,
                    Enrolment = PickEnrolment(rng, type, isRural),
                    Advantage = advantage,
                    BaseContext = BaseContext(rng, type, isRural, advantage, municipality),
                });
            }
        }

        var region = new Region(options, schools);
        AssignQuality(region);
        Planting.Plant(region);
        return region;
    }

    private static string PickType(Rng rng, bool rural)
    {
        var u = rng.NextDouble();
        return rural
            ? u switch { < 0.15 => "НОШ", < 0.60 => "ООШ", < 0.97 => "СОШ", _ => "ЦО" }
            : u switch { < 0.62 => "СОШ", < 0.73 => "гимназия", < 0.81 => "лицей", < 0.89 => "ЦО", < 0.95 => "СКОШ", _ => "ООШ" };
    }

    private static int PickEnrolment(Rng rng, string type, bool rural) => (type, rural) switch
    {
        ("НОШ", _) => rng.Between(20, 60),
        ("ООШ", true) => rng.Between(25, 130),
        ("ООШ", false) => rng.Between(150, 350),
        ("СОШ", true) => (int)(50 + (430 * Math.Pow(rng.NextDouble(), 2.5))),
        ("ЦО", true) => rng.Between(150, 400),
        ("СКОШ", _) => rng.Between(80, 250),
        ("гимназия" or "лицей", _) => rng.Between(600, 1300),
        ("ЦО", false) => rng.Between(700, 1600),
        _ => rng.Between(500, 1500),
    };

    private static double[] BaseContext(Rng rng, string type, bool rural, double adv, Municipality municipality)
    {
        var migrantBelt = municipality.Stem is "Всеволожский" or "Кингисеппский" or "Гатчинский" ? 4.0 : 0.0;
        var context = new double[ContextShare.Count];
        context[ContextShare.LowIncome] = Math.Clamp(18 - (7 * adv) + rng.Normal(0, 4), 1, 70);
        context[ContextShare.Disability] = type == "СКОШ"
            ? rng.Between(85.0, 100.0)
            : Math.Clamp(6 - (1.5 * adv) + Math.Abs(rng.Normal(0, 2.5)), 0, 35);
        context[ContextShare.NonNative] = Math.Clamp(3 + migrantBelt - adv + Math.Abs(rng.Normal(0, 3)), 0, 45);
        context[ContextShare.ParentsHigherEducation] = Math.Clamp(32 + (11 * adv) + rng.Normal(0, 6), 3, 90);
        context[ContextShare.SingleParent] = Math.Clamp(24 - (4 * adv) + rng.Normal(0, 5), 5, 55);
        context[ContextShare.Staffing] = Math.Clamp(94 + (2.5 * adv) - (rural ? 3 : 0) + rng.Normal(0, 3), 70, 100);
        return context;
    }

    /// <summary>
    /// Quality is part context (a social gradient, as in every national dataset), part the school's
    /// own effect, plus a slow random drift so that years are consistent but not identical.
    /// </summary>
    private static void AssignQuality(Region region)
    {
        foreach (var school in region.Schools)
        {
            var rng = Rng.Derive(region.Options.Seed, "quality", school.Index);
            var own = rng.Normal(0, 0.75);
            var baseQuality = (0.5 * school.Advantage) + own
                + (school.IsSelective ? 0.45 : 0)
                + (school.Enrolment < 100 ? -0.15 : 0);
            var quality = new double[region.Years.Count];
            var drift = 0.0;
            for (var y = 0; y < quality.Length; y++)
            {
                drift += rng.Normal(0, 0.15);
                quality[y] = baseQuality + drift;
            }

            school.Quality = quality;
        }
    }

    /// <summary>Largest-remainder split of a total by weights, at least one per part.</summary>
    internal static int[] Allocate(int total, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).ToArray();
        for (var k = 0; counts.Sum() < total; k++)
        {
            counts[order[k % order.Length]]++;
        }

        for (var k = 0; counts.Sum() > total; k++)
        {
            var biggest = Array.IndexOf(counts, counts.Max());
            counts[biggest]--;
        }

        return counts;
    }

    /// <summary>
    /// Exactly <paramref name="total"/> rural schools, spread by each municipality's propensity
    /// (a common factor found by bisection, capped at the municipality's size).
    /// </summary>
    private static int[] RuralCounts(int[] counts, IReadOnlyList<Municipality> municipalities, int total)
    {
        double Sum(double k) => counts.Select((n, i) => n * Math.Min(1, municipalities[i].RuralPropensity * k)).Sum();
        double low = 0, high = 100;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Sum(mid) < total ? (mid, high) : (low, mid);
        }

        var exact = counts.Select((n, i) => n * Math.Min(1, municipalities[i].RuralPropensity * high)).ToArray();
        var rural = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - rural[i]).ThenBy(i => i).ToArray();
        for (var k = 0; rural.Sum() < total && k < 10 * counts.Length; k++)
        {
            var i = order[k % order.Length];
            if (rural[i] < counts[i] && municipalities[i].RuralPropensity > 0)
            {
                rural[i]++;
            }
        }

        return rural;
    }

    /// <summary>«sch47» + 4 digits, or 5+ when the region is too big for 4 (logins are drawn sparse, as real ones are).</summary>
    private static string[] Logins(GeneratorOptions options)
    {
        var digits = 4;
        while (Math.Pow(10, digits) - 1 < options.Schools * 2.0)
        {
            digits++;
        }

        var rng = Rng.Derive(options.Seed, "logins");
        var format = "D" + digits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Unique(rng, options.Schools, 1, (int)Math.Pow(10, digits) - 1)
            .Select(n => "sch47" + n.ToString(format, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
    }

    private static int[] Unique(Rng rng, int count, int min, int max)
    {
        var seen = new HashSet<int>();
        var result = new int[count];
        for (var i = 0; i < count;)
        {
            var n = rng.Between(min, max);
            if (seen.Add(n))
            {
                result[i++] = n;
            }
        }

        return result;
    }
}
