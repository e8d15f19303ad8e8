namespace NamDinh.Graph.Grains.Seeding;

/// <summary>The <c>Seeding</c> configuration section: what the server loads at start besides the real reports.</summary>
public sealed class SeedingOptions
{
    public const string SectionName = "Seeding";

    /// <summary>
    /// When set, the synthetic reports this seed generates (63 provinces × 2019–2023, marked synthetic) are loaded
    /// too, for demonstrations and benchmarks; a key already held, the real reports' first, is left as it is. Off by default.
    /// </summary>
    public int? SyntheticSeed { get; set; }
}
