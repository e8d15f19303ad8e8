using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Tests.Cluster;
using NamDinh.Graph.Domain.Changes;

namespace NamDinh.Graph.Api.Tests;

/// <summary>
/// A change can be lost on its way to a node (the report grain that kept it for the node dies with its silo). When a
/// later version of the report arrives, the node reads the missing ones from the report's history and hands them all
/// on, in order.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AChangeThatNeverArrivesIsReadFromHistory(ApiFactory api)
{
    [Fact]
    public async Task The_missing_versions_reach_subscribers_before_the_one_that_came()
    {
        var own = OwnReport.Next();
        var client = new GraphQLClient(api.CreateClient());
        await client.CreateAsync(own);
        for (var value = 1; value <= 3; value++)
            await client.MutateAsync("setIndicator", own.Input(new { code = "press.news-items", value = value.ToString(CultureInfo.InvariantCulture) }));
        var history = (await api.Services.GetRequiredService<IGrainFactory>().GetReportGrain(own.Key).GetHistoryAsync(null, 10)).Revisions;
        var feed = new ChangeFeed(api.Services.GetRequiredService<IGrainFactory>(), TimeProvider.System, NullLogger<ChangeFeed>.Instance);
        var received = new List<long>();
        using var subscription = feed.Changes<ReportChange>(change => change.Key == own.Key ? [change] : []).Subscribe(new Recorder(received));
        await feed.StartAsync(CancellationToken.None);
        try
        {
            feed.Receive(new ReportChange(own.Key, history.Single(revision => revision.Version == 2)));
            feed.Receive(new ReportChange(own.Key, history.Single(revision => revision.Version == 4)));

            await Wait.UntilAsync(() => Task.FromResult(received.Count == 3), Wait.Short,
                () => Task.FromResult($"the subscriber received versions {string.Join(' ', received)}"));
            Assert.Equal([2L, 3L, 4L], received);
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }

    private sealed class Recorder(List<long> received) : IObserver<ReportChange>
    {
        public void OnNext(ReportChange value)
        {
            lock (received)
                received.Add(value.Revision.Version);
        }

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }
    }
}
