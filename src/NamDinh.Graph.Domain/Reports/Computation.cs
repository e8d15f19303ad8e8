namespace NamDinh.Graph.Domain.Reports;

/// <summary>
/// Numbers derived from stored figures. A decimal holds about 7.9 × 10^28; a figure stored before validation
/// refused larger ones can still give more, so every derived number is computed here and is null when it
/// does not fit, never an exception on a read.
/// </summary>
public static class Computation
{
    /// <summary>What <paramref name="compute"/> gives, or null where the result is beyond what a decimal holds.</summary>
    public static decimal? OrNull(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent; null for a whole of zero or a result beyond a decimal.</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole == 0 ? null : OrNull(() => part / whole * 100);
}
