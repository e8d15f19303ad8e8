using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>A national index provinces are ranked in ("ict-index", "dti", …), as the reports name it.</summary>
public sealed record RankingIndexDefinition(string Code, LocalizedText Name);
