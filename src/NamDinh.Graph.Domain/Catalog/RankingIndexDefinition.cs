using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Catalog;

/// <summary>
/// A national index provinces are ranked in ("ict-index", "dti", …), as the reports name it.
/// <paramref name="SharesPlaces"/> is true for an index whose tables put provinces with equal scores in one place;
/// for any other, two provinces claiming one place is a finding.
/// </summary>
public sealed record RankingIndexDefinition(string Code, LocalizedText Name, bool SharesPlaces = false);
