using NamDinh.Graph.Domain.Editing;

namespace NamDinh.Graph.Domain.Tests.Patches;

/// <summary>A <see cref="RankingPatch"/> replaces what it gives, clears what it names as cleared and keeps the rest.</summary>
public sealed class ARankingPatchChangesOnlyWhatItGives
{
    private static readonly Reports.Ranking Ict = TheSeed.Report.Rankings.Single(ranking => ranking.Index == "ict-index");

    [Fact]
    public void APositionAloneKeepsTotalEditionNameAndSource()
    {
        var stored = Ict with { EditionYear = 2020 };

        Assert.Equal(stored with { Position = 9 }, new RankingPatch("ict-index", Position: 9).ApplyTo(stored));
    }

    [Fact]
    public void ClearingTheEditionTheTranslationAndTheSourceKeepsTheRest()
    {
        var patched = new RankingPatch("ict-index", Cleared: ["editionYear", "nameEn", "source"]).ApplyTo(Ict with { EditionYear = 2020 });

        Assert.Null(patched.EditionYear);
        Assert.Null(patched.Name.EnTranslation);
        Assert.Null(patched.Source);
        Assert.Equal((Ict.Name.Vi, Ict.Position, Ict.Total), (patched.Name.Vi, patched.Position, patched.Total));
    }

    [Theory]
    [InlineData("position")]
    [InlineData("total")]
    [InlineData("name")]
    public void ClearingAFieldARankingAlwaysHasIsRefused(string field) =>
        Assert.Equal(field, Assert.Throws<EditRefusedException>(() => new RankingPatch("ict-index", Cleared: [field]).ApplyTo(Ict)).Field);

    [Fact]
    public void ANewRankingNeedsItsTotal() =>
        Assert.Equal("total", Assert.Throws<EditRefusedException>(() => new RankingPatch("dti", Position: 3).ApplyTo(null)).Field);

    [Fact]
    public void AWholePatchMakesTheRankingWhatItGives()
    {
        var other = Ict with { Position = 5, EditionYear = null, Source = null };

        Assert.Equal(other, RankingPatch.Whole(other).ApplyTo(Ict with { EditionYear = 2020 }));
    }
}
