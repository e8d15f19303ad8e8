using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Domain.Tests;

/// <summary>
/// Sections 3 (tasks done) and 6 (priorities) come over bullet by bullet, in order, nothing added or dropped;
/// section 4 gives one shortcoming and three causes; section 5 proposes nothing and says so.
/// </summary>
public sealed class EveryBulletOfTheSourceIsANarrativeItem
{
    [Theory]
    [InlineData("3.1", "3.1.", "3.2.", 12)]
    [InlineData("3.2", "3.2.", "3.3.", 14)]
    [InlineData("3.3", "3.3.", "3.4.", 8)]
    public void EachTaskBulletIsATaskInOrder(string section, string heading, string nextHeading, int count) =>
        AssertItemsAre(SourceReport.BulletsBetween(heading, nextHeading), TheSeed.Report.Tasks, section, count);

    [Fact]
    public void TheInspectionParagraphIsOneTask() =>
        AssertItemsAre(SourceReport.LinesBetween("3.4.", "4. "), TheSeed.Report.Tasks, "3.4", 1);

    [Theory]
    [InlineData("6.1", "6.1.", "6.2.", 4)]
    [InlineData("6.2", "6.2.", "6.3.", 4)]
    [InlineData("6.3", "6.3.", "Nơi nhận", 8)]
    public void EachPriorityBulletIsAPriorityInOrder(string section, string heading, string nextHeading, int count) =>
        AssertItemsAre(SourceReport.BulletsBetween(heading, nextHeading), TheSeed.Report.Priorities, section, count);

    [Fact]
    public void SectionFoursBulletsAreTheCauses() =>
        AssertItemsAre(SourceReport.BulletsBetween("4. Tồn tại", "5. "), TheSeed.Report.Causes, "4", 3);

    [Fact]
    public void SectionFourHasOneShortcoming()
    {
        var shortcoming = Assert.Single(TheSeed.Report.Shortcomings);

        Assert.Equal("shortcoming-4-01", shortcoming.Id);
        Assert.StartsWith("Một số chỉ tiêu tăng trưởng chậm", shortcoming.Text.Vi, StringComparison.Ordinal);
        Assert.EndsWith("duy trì trên.", shortcoming.Text.Vi, StringComparison.Ordinal);
        Assert.Equal(Sector.PostalTelecom, shortcoming.Sector);
    }

    [Fact]
    public void TheCovidCauseIsGeneralAndTheOthersPostalTelecom() =>
        Assert.Equal([Sector.General, Sector.PostalTelecom, Sector.PostalTelecom], TheSeed.Report.Causes.Select(cause => cause.Sector));

    [Fact]
    public void NoProposalIsMadeAndTheReportSaysSo()
    {
        var proposals = TheSeed.Report.Proposals;

        Assert.Empty(proposals.Items);
        Assert.True(proposals.NoneProposed);
        Assert.Equal("Không có đề xuất giải pháp.", proposals.Statement?.Vi);
        Assert.Equal("No proposals for solutions.", proposals.Statement?.EnTranslation);
        Assert.Equal(["Không có đề xuất giải pháp."], SourceReport.BulletsBetween("5. ", "6. "));
    }

    [Theory]
    [InlineData("3.1", Sector.PostalTelecom)]
    [InlineData("3.2", Sector.InformationTechnology)]
    [InlineData("3.3", Sector.InformationPress)]
    [InlineData("3.4", Sector.Inspection)]
    [InlineData("6.1", Sector.PostalTelecom)]
    [InlineData("6.2", Sector.InformationTechnology)]
    [InlineData("6.3", Sector.InformationPress)]
    public void EachSectionsItemsAreInItsSector(string section, Sector sector) =>
        Assert.All(TheSeed.Report.Tasks.Concat(TheSeed.Report.Priorities).Where(item => item.Section == section), item => Assert.Equal(sector, item.Sector));

    [Fact]
    public void NarrativeIdsAreUnique()
    {
        var repeated = TheSeed.NarrativeItems.GroupBy(item => item.Id).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    private static void AssertItemsAre(IReadOnlyList<string> bullets, IReadOnlyList<NarrativeItem> items, string section, int count)
    {
        var inSection = items.Where(item => item.Section == section).ToList();
        var kind = inSection.Count > 0 ? inSection[0].Id.Split('-')[0] : "?";

        Assert.Equal(count, bullets.Count);
        Assert.Equal(count, inSection.Count);
        Assert.Equal(bullets, inSection.Select(item => item.Text.Vi));
        Assert.Equal(Enumerable.Range(1, count), inSection.Select(item => item.Position));
        Assert.Equal(Enumerable.Range(1, count).Select(position => $"{kind}-{section}-{position:00}"), inSection.Select(item => item.Id));
    }
}
