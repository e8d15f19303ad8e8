using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Aggregates;

/// <summary>A sector in a year: the key of the aggregate that holds that sector's figures from every province ("InformationTechnology-2021").</summary>
public sealed record SectorYear(Sector Sector, int Year)
{
    public override string ToString() => $"{Sector}-{Year}";

    /// <summary>Reads a key written by <see cref="ToString"/>; any other spelling is refused.</summary>
    public static SectorYear Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a sector-year key of the form '<Sector>-<year>'.");

    /// <summary>Reads a key written by <see cref="ToString"/>; false for any other text.</summary>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SectorYear? key)
    {
        key = null;
        var dash = text.LastIndexOf('-');
        if (dash > 0
            && Enum.TryParse<Sector>(text[..dash], ignoreCase: false, out var sector)
            && Enum.IsDefined(sector)
            && int.TryParse(text.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && new SectorYear(sector, year).ToString() == text)
            key = new SectorYear(sector, year);
        return key is not null;
    }
}
