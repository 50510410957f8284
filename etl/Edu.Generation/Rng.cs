namespace Edu.Generation;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator rather than System.Random so the
/// output never changes with the runtime version, and so that every school × procedure × year
/// gets an independent stream derived from the seed: the same participants come out whether a
/// file is written or only aggregated, and whatever else the options switch on.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>An independent stream for one purpose and up to three keys (school, year, procedure…).</summary>
    public static Rng Derive(int seed, string purpose, long a = 0, long b = 0, long c = 0)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in purpose)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        var state = (ulong)seed;
        h ^= SplitMix(ref state);
        state = h ^ (ulong)a;
        h = SplitMix(ref state);
        state = h ^ (ulong)b;
        h = SplitMix(ref state);
        state = h ^ (ulong)c;
        return new Rng(SplitMix(ref state));
    }

    public ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)(NextDouble() * maxExclusive);

    /// <summary>Uniform integer in [min, maxInclusive].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public double Normal(double mean = 0, double sd = 1)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public int Binomial(int n, double p)
    {
        if (n > 60)
        {
            // Exact draws are needless at this size; the normal approximation keeps big schools fast.
            var sd = Math.Sqrt(n * p * (1 - p));
            return Math.Clamp((int)Math.Round(Normal(n * p, sd)), 0, n);
        }

        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (NextDouble() < p)
            {
                k++;
            }
        }

        return k;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
