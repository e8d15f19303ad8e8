using NamDinh.Graph.Abstractions.Aggregates;
using NamDinh.Graph.Domain.Aggregates;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Slices;

/// <summary>
/// A sector-year aggregate answers the same before and after Orleans deactivates it (as it does to any idle grain) and
/// reads it back from storage: nothing a reader sees of it, the report version its figures come from included, lives
/// only in memory.
/// </summary>
public sealed class AnAggregateAnswersTheSameAfterItIsReactivated(RealReportServer server) : IClassFixture<RealReportServer>
{
    private const string Query = """
        {
          indicators(where: { provinces: ["ha-nam"], year: 2021 }) { totalCount nodes { code reportVersion figure { value } report { version } } }
          sectorSummary(sector: POSTAL_TELECOM, year: 2021) { ranks: indicators { code ranks { province { code } figure { reportVersion } } } }
        }
        """;

    [Fact]
    public async Task A_figure_from_an_earlier_version_keeps_its_report_version_through_a_reactivation()
    {
        await server.Client.MutateAsync("createReport", new { province = "ha-nam", year = 2021, synthetic = true });
        await server.Client.MutateAsync("setIndicator", new { province = "ha-nam", year = 2021, expectedVersion = 1, code = "postal.revenue", value = "42" });
        // A change of another sector: the postal and telecom part of the report says the same in version 3 as in version 2.
        await server.Client.MutateAsync("setIndicator", new { province = "ha-nam", year = 2021, expectedVersion = 2, code = "inspection.fines", value = "5000000" });
        var before = (await server.Client.PostAsync(Query)).Text;

        await DeactivateAsync(new SectorYear(Sector.PostalTelecom, 2021));

        Assert.Equal(before, (await server.Client.PostAsync(Query)).Text);
    }

    /// <summary>Deactivates the aggregate grain and waits until the silo no longer holds it active.</summary>
    private async Task DeactivateAsync(SectorYear key)
    {
        var grain = server.Grains.GetSectorFigures(key).GetGrainId();
        var management = server.Grains.GetGrain<IManagementGrain>(0);
        await management.DeactivateGrain(grain, CancellationToken.None);
        for (var attempt = 0; (await management.GetActiveGrains(grain.Type)).Contains(grain); attempt++)
        {
            Assert.True(attempt < 100, $"Grain {grain} is still active.");
            await Task.Delay(50);
        }
    }
}
