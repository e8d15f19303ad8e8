using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Serialization;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>The indicators and units the reports use, read from the catalog shipped with the domain.</summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;
    private readonly Dictionary<string, UnitDefinition> _unitsByCode;

    public IndicatorCatalog(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<UnitDefinition> units)
    {
        Indicators = indicators;
        Units = units;
        _byCode = indicators.ToDictionary(definition => definition.Code, StringComparer.Ordinal);
        _unitsByCode = units.ToDictionary(unit => unit.Code, StringComparer.Ordinal);
        var unknownUnit = indicators.FirstOrDefault(definition => !_unitsByCode.ContainsKey(definition.Unit));
        if (unknownUnit is not null)
            throw new InvalidDataException($"Indicator '{unknownUnit.Code}' names unit '{unknownUnit.Unit}', which the catalog does not define.");
    }

    public static IndicatorCatalog Default { get; } = Load();

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    public IReadOnlyList<UnitDefinition> Units { get; }

    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    public UnitDefinition? FindUnit(string code) => _unitsByCode.GetValueOrDefault(code);

    public IEnumerable<IndicatorDefinition> InSector(Sector sector) => Indicators.Where(definition => definition.Sector == sector);

    private static IndicatorCatalog Load()
    {
        var file = EmbeddedData.ReadJson<CatalogFile>("indicator-catalog.json");
        return new IndicatorCatalog(file.Indicators, file.Units);
    }

    private sealed record CatalogFile(IReadOnlyList<UnitDefinition> Units, IReadOnlyList<IndicatorDefinition> Indicators);
}
