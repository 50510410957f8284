namespace Edu.Generation;

/// <summary>
/// Simulates the participants of one school × ВПР procedure × year with a simple item-response
/// model: ability from the school's latent quality plus individual spread, each task point won
/// with a logistic chance. Journal marks follow the work with some teacher noise, except at the
/// planted inflated schools, where they run against it.
/// </summary>
internal static class VprSimulator
{
    private const string Letters = "АБВГДЕЖИКЛ";

    public static double SchoolMean(Region region, School school, VprProcedure procedure, int year)
    {
        var subject = Rng.Derive(region.Options.Seed, "vpr-subject-effect", school.Index, procedure.Index);
        var yearly = Rng.Derive(region.Options.Seed, "vpr-year-effect", school.Index, procedure.Index, year);
        // Calibrated so that about 5% of the region's ВПР marks are «2» and, with ОГЭ and ЕГЭ, about 7% of
        // schools end up «ШНОР» — the scale of the committee's real lists.
        return 0.95 + (0.38 * region.Quality(school, year)) + subject.Normal(0, 0.12) + yearly.Normal(0, 0.06);
    }

    public static void Simulate(Region region, School school, VprProcedure procedure, int year, VprWork work, Action<VprWork> sink)
    {
        if (work.Scores.Length != procedure.Tasks.Count)
        {
            throw new ArgumentException("The work buffer must have one score per task of the procedure.", nameof(work));
        }

        var n = region.VprParticipants(school, procedure, year);
        if (n <= 0)
        {
            return;
        }

        var rng = Rng.Derive(region.Options.Seed, "vpr-work", school.Index, procedure.Index, year);
        var mean = SchoolMean(region, school, procedure, year);
        var forcedLow = region.IsForcedLow(school, procedure, year) ? (int)Math.Ceiling(0.4 * n) : 0;
        var inflated = Region.IsInflated(school, procedure);
        var classes = Math.Max(1, (int)Math.Ceiling(region.GradeSize(school, procedure.Grade, year) / 26.0));
        var classLabels = Enumerable.Range(0, Math.Min(classes, Letters.Length))
            .Select(c => procedure.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture) + Letters[c])
            .ToArray();

        for (var i = 0; i < n; i++)
        {
            var forced = i < forcedLow;
            var ability = forced ? mean - 1.0 + rng.Normal(0, 0.5) : mean + rng.Normal(0, 0.9);
            work.ParticipantCode = 10001 + i;
            work.ClassName = classLabels[Math.Min(classLabels.Length - 1, i * classLabels.Length / n)];
            work.Variant = 1 + (i % 2);
            SolveTasks(rng, procedure, ability, work.Scores);
            if (forced)
            {
                PushBelow(work.Scores, procedure.MinFor3);
            }

            var natural = Sum(work.Scores);
            if (inflated)
            {
                Inflate(rng, procedure, work.Scores);
            }

            work.Primary = Sum(work.Scores);
            work.Mark = procedure.MarkFor(work.Primary);
            work.Journal = inflated ? ContradictingJournal(rng, work.Mark) : NaturalJournal(rng, procedure, natural);
            sink(work);
        }
    }

    private static void SolveTasks(Rng rng, VprProcedure procedure, double ability, int[] scores)
    {
        for (var t = 0; t < procedure.Tasks.Count; t++)
        {
            var task = procedure.Tasks[t];
            var p = 1.0 / (1.0 + Math.Exp(-1.3 * (ability - task.Difficulty)));
            if (rng.Chance(p < 0.3 ? 0.06 : 0.015))
            {
                scores[t] = -1;
                continue;
            }

            scores[t] = rng.Binomial(task.MaxScore, p);
        }
    }

    /// <summary>Takes points off the best-scored tasks until the work is a «2» for sure.</summary>
    private static void PushBelow(int[] scores, int limit)
    {
        for (var t = scores.Length - 1; Sum(scores) >= limit && t >= 0; t--)
        {
            if (scores[t] > 0)
            {
                scores[t] = 0;
            }
        }
    }

    private static void Inflate(Rng rng, VprProcedure procedure, int[] scores)
    {
        for (var t = 0; t < scores.Length; t++)
        {
            if (rng.Chance(0.6))
            {
                scores[t] = procedure.Tasks[t].MaxScore;
            }
        }
    }

    /// <summary>Teachers mark a little more generously than the test and rarely give «2».</summary>
    private static int? NaturalJournal(Rng rng, VprProcedure procedure, int primary)
    {
        if (rng.Chance(0.02))
        {
            return null;
        }

        var judged = (int)Math.Round(primary + rng.Normal(0.01 * procedure.MaxScore, 0.045 * procedure.MaxScore));
        var mark = procedure.MarkFor(Math.Clamp(judged, 0, procedure.MaxScore));
        return mark == 2 && rng.Chance(0.3) ? 3 : mark;
    }

    /// <summary>The inflated schools' journals say the opposite of the papers: strong papers, weak journals.</summary>
    private static int? ContradictingJournal(Rng rng, int mark)
    {
        if (rng.Chance(0.15))
        {
            return rng.Between(3, 4);
        }

        return mark switch
        {
            5 => 3,
            4 => rng.Chance(0.5) ? 3 : 4,
            3 => 4,
            _ => 4,
        };
    }

    private static int Sum(int[] scores)
    {
        var sum = 0;
        foreach (var s in scores)
        {
            sum += Math.Max(0, s);
        }

        return sum;
    }
}
