namespace NamDinh.Graph.Domain.Findings;

/// <summary>
/// A number a report states is taken to be rounded to the digits it is written with: 24 % stands for anything
/// from 23.5 % to 24.5 %. These say whether a computed number is one the stated number may stand for.
/// </summary>
public static class StatedRounding
{
    /// <summary>Whether <paramref name="computed"/> rounds to <paramref name="stated"/> at the digits it is written with.</summary>
    public static bool Agrees(decimal stated, decimal computed)
    {
        var digits = (decimal.GetBits(stated)[3] >> 16) & 0xFF;
        var halfStep = 0.5m / (decimal)Math.Pow(10, digits);
        return Gap(stated, computed) <= halfStep;
    }

    /// <summary>
    /// For a whole number such as "giảm 2.000 thuê bao", its trailing zeros may be rounding too: 2000 stands for
    /// anything from 1500 to 2500, 2010 for 2005 to 2015.
    /// </summary>
    public static bool AgreesAsWholeNumber(decimal stated, decimal computed)
    {
        if (stated != decimal.Truncate(stated) || stated == 0)
            return Agrees(stated, computed);
        var step = 1m;
        while (Math.Abs(stated) / step >= 10 && decimal.Truncate(stated / (step * 10)) == stated / (step * 10))
            step *= 10;
        return Gap(stated, computed) <= step / 2;
    }

    /// <summary>How far apart two numbers are; null (never agreeing) where the gap is beyond what a decimal holds.</summary>
    private static decimal? Gap(decimal stated, decimal computed) => Reports.Computation.OrNull(() => Math.Abs(computed - stated));

    /// <summary>A computed number as findings and summaries show it: to <paramref name="digits"/> decimal places, halves away from zero.</summary>
    public static decimal Round(decimal value, int digits = 2) =>
        Serialization.ExactDecimals.Normalize(Math.Round(value, digits, MidpointRounding.AwayFromZero));
}
