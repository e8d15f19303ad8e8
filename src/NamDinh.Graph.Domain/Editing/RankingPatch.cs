using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Domain.Text;

namespace NamDinh.Graph.Domain.Editing;

/// <summary>
/// The facts of a place in a national index a change gives: each non-null field replaces what is stored, each field
/// named in <paramref name="Cleared"/> ("editionYear", "nameEn", "source") is cleared, the rest stay. A ranking the
/// report does not hold yet needs its position and total; its name is then the catalog's when not given.
/// </summary>
public sealed record RankingPatch(
    string Index,
    int? Position = null,
    int? Total = null,
    int? EditionYear = null,
    string? Name = null,
    string? NameEn = null,
    SourceReference? Source = null,
    IReadOnlyList<string>? Cleared = null)
{
    public static readonly IReadOnlyList<string> Clearable = ["editionYear", "nameEn", "source"];

    public Ranking ApplyTo(Ranking? stored)
    {
        Editing.Cleared.RefuseUnclearable(Cleared, Clearable, "ranking");
        if (stored is null)
            return new Ranking(
                Index,
                Name is not null ? new LocalizedText(Name, NameEn)
                    : Catalog.IndicatorCatalog.Default.FindRankingIndex(Index)?.Name ?? new LocalizedText(Index, NameEn),
                Position ?? throw new EditRefusedException("position", $"The report has no ranking '{Index}' yet: a new ranking needs its position."),
                Total ?? throw new EditRefusedException("total", $"The report has no ranking '{Index}' yet: a new ranking needs its total."),
                EditionYear,
                Source);
        return new Ranking(
            Index,
            new LocalizedText(Name ?? stored.Name.Vi, Editing.Cleared.Pick(Cleared, "nameEn", NameEn, stored.Name.EnTranslation)),
            Position ?? stored.Position,
            Total ?? stored.Total,
            Editing.Cleared.PickValue(Cleared, "editionYear", EditionYear, stored.EditionYear),
            Editing.Cleared.Pick(Cleared, "source", Source, stored.Source));
    }

    /// <summary>Every field given: what replaces a ranking whole.</summary>
    public static RankingPatch Whole(Ranking ranking) =>
        new(ranking.Index, ranking.Position, ranking.Total, ranking.EditionYear, ranking.Name.Vi, ranking.Name.EnTranslation, ranking.Source, Clearable);
}
