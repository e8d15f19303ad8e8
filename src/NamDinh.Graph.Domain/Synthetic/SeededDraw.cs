namespace NamDinh.Graph.Domain.Synthetic;

/// <summary>
/// The chance of the synthetic generator: a number drawn from a seed and the names of what it is for (a province,
/// an indicator, a year), the same on every run and every machine. It hashes those names rather than stepping a
/// shared random sequence, so any one figure can be drawn without drawing the others, and it uses only integer and
/// decimal arithmetic, so no floating-point library can round differently somewhere else.
/// </summary>
internal static class SeededDraw
{
    private const decimal TwoToThe53 = 9_007_199_254_740_992m;

    /// <summary>A stable 64-bit hash of the seed and the parts (FNV-1a, then the SplitMix64 finaliser).</summary>
    public static ulong Hash(int seed, string purpose, string first = "", string second = "", int number = 0)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, (uint)seed);
        hash = Mix(hash, purpose);
        hash = Mix(hash, first);
        hash = Mix(hash, second);
        hash = Mix(hash, (uint)number);
        hash += 0x9E3779B97F4A7C15UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    /// <summary>A number from 0 (included) to 1 (excluded).</summary>
    public static decimal Unit(int seed, string purpose, string first = "", string second = "", int number = 0) =>
        (Hash(seed, purpose, first, second, number) >> 11) / TwoToThe53;

    /// <summary>A number from <paramref name="low"/> (included) to <paramref name="high"/> (excluded).</summary>
    public static decimal Between(decimal low, decimal high, int seed, string purpose, string first = "", string second = "", int number = 0) =>
        low + (high - low) * Unit(seed, purpose, first, second, number);

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public static int WholeBetween(int low, int high, int seed, string purpose, string first = "", string second = "", int number = 0) =>
        low + (int)(Hash(seed, purpose, first, second, number) % (ulong)(high - low + 1));

    /// <summary>True with the chance <paramref name="probability"/>.</summary>
    public static bool Chance(decimal probability, int seed, string purpose, string first = "", string second = "", int number = 0) =>
        Unit(seed, purpose, first, second, number) < probability;

    private static ulong Mix(ulong hash, uint value)
    {
        for (var shift = 0; shift < 32; shift += 8)
            hash = (hash ^ ((value >> shift) & 0xFF)) * 1099511628211UL;
        return hash;
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (var character in text)
            hash = (hash ^ character) * 1099511628211UL;
        // A separator, so ("ab", "c") and ("a", "bc") hash apart.
        return Mix(hash, 0xFFFF_FFFFu);
    }
}
