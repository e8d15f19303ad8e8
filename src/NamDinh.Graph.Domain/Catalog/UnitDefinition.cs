using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>A unit figures are counted in ("VND", "subscriber", "percent"), with its Vietnamese and English names.</summary>
public sealed record UnitDefinition(string Code, LocalizedText Name);
