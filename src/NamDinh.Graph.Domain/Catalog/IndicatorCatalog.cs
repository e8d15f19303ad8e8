using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>The indicators, units and national ranking indexes the reports use, read from the catalog shipped with the domain.</summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;
    private readonly Dictionary<string, UnitDefinition> _unitsByCode;
    private readonly Dictionary<string, RankingIndexDefinition> _rankingIndexesByCode;

    public IndicatorCatalog(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<UnitDefinition> units, IReadOnlyList<RankingIndexDefinition> rankingIndexes)
    {
        Indicators = indicators;
        Units = units;
        RankingIndexes = rankingIndexes;
        _rankingIndexesByCode = rankingIndexes.ToDictionary(index => index.Code, StringComparer.Ordinal);
        _byCode = indicators.ToDictionary(definition => definition.Code, StringComparer.Ordinal);
        _unitsByCode = units.ToDictionary(unit => unit.Code, StringComparer.Ordinal);
        var unknownUnit = indicators.FirstOrDefault(definition => !_unitsByCode.ContainsKey(definition.Unit));
        if (unknownUnit is not null)
            throw new InvalidDataException($"Indicator '{unknownUnit.Code}' names unit '{unknownUnit.Unit}', which the catalog does not define.");
    }

    public static IndicatorCatalog Default { get; } = Load();

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    public IReadOnlyList<UnitDefinition> Units { get; }

    public IReadOnlyList<RankingIndexDefinition> RankingIndexes { get; }

    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    public UnitDefinition? FindUnit(string code) => _unitsByCode.GetValueOrDefault(code);

    public RankingIndexDefinition? FindRankingIndex(string code) => _rankingIndexesByCode.GetValueOrDefault(code);


    private static IndicatorCatalog Load()
    {
        var file = EmbeddedData.ReadJson<CatalogFile>("indicator-catalog.json");
        return new IndicatorCatalog(file.Indicators, file.Units, file.RankingIndexes);
    }

    private sealed record CatalogFile(IReadOnlyList<UnitDefinition> Units, IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<RankingIndexDefinition> RankingIndexes);
}
