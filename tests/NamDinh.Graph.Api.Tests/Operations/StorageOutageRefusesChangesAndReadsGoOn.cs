using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Abstractions.Storage;
using NamDinh.Graph.Api.Tests.Auth;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;
using NamDinh.Graph.Grains.Storage;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// Storage goes down under a running server (its report store refuses every call, as the Azure one does when it cannot
/// reach the table) and comes back. Meanwhile a change is refused with STORAGE_UNAVAILABLE and changes nothing (its
/// write refused, then, asked again, the read of what storage holds that must come first),
/// readiness says Degraded (still 200: every node shares the storage), the report the node holds is still read, and
/// its history, which only storage holds, is STORAGE_UNAVAILABLE. Once storage is back, readiness is Healthy and the
/// same change applies as the very next version. A server of its own, as it takes its storage down.
/// </summary>
public sealed class StorageOutageRefusesChangesAndReadsGoOn : IDisposable
{
    // findings reads the previous year's report, so that grain is active before the outage and a change made during it gets as far as its write.
    private const string Read = """{ report(province: "36", year: 2021) { version indicators(sector: POSTAL_TELECOM) { code value multiplier } findings { id } } }""";
    private const string History = """{ report(province: "36", year: 2021) { history(first: 5) { nodes { version } } } }""";
    private const string Change = """
        mutation Change($version: Int!) {
          setIndicator(input: { province: "36", year: 2021, code: "postal.revenue", value: "131", multiplier: "1000000000", expectedVersion: $version, reason: "outage test" }) { applied version }
        }
        """;

    private readonly ApiFactory _api = new();
    private readonly SwitchableReportStore _store = new();
    private readonly WebApplicationFactory<Program> _server;

    public StorageOutageRefusesChangesAndReadsGoOn() =>
        _server = _api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IReportStore>();
            services.AddSingleton<IReportStore>(_store);
        }));

    public void Dispose()
    {
        _server.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Changes_are_refused_while_storage_is_down_reads_go_on_and_all_recovers()
    {
        var client = new GraphQLClient(_server.CreateClient());
        var before = await client.PostAsync(Read);
        Assert.Empty(before.Errors);
        var version = before.Data!["report"].Int("version");

        _store.Down = true;
        var refused = await client.PostAsync(Change, new { version });
        var refusedAgain = await client.PostAsync(Change, new { version });
        var degraded = await ReadinessAsync(ApiFactory.AdminToken);
        var degradedToAProbe = await ReadinessAsync(token: null);
        var readDuringOutage = await client.PostAsync(Read);
        var historyDuringOutage = await client.PostAsync(History);

        Assert.Equal("STORAGE_UNAVAILABLE", refused.FirstErrorCode);
        Assert.Null(refused.Data?["setIndicator"]);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", refused.Text);
        Assert.Equal(1, _store.RefusedWrites);
        Assert.Equal("STORAGE_UNAVAILABLE", refusedAgain.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, degraded.Status);
        Assert.Equal("Degraded", degraded.Body.Text("status"));
        Assert.Equal("Degraded", degraded.Body["checks"]?["storage"].Text("status"));
        Assert.Equal("Healthy", degraded.Body["checks"]?["silo"].Text("status"));
        Assert.Equal(HttpStatusCode.OK, degradedToAProbe.Status);
        Assert.Equal("""{"status":"Degraded"}""", degradedToAProbe.Body.ToJsonString());
        Assert.Empty(readDuringOutage.Errors);
        Assert.Equal(before.Data!.ToJsonString(), readDuringOutage.Data!.ToJsonString());
        Assert.Equal("STORAGE_UNAVAILABLE", historyDuringOutage.FirstErrorCode);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", historyDuringOutage.Text);

        _store.Down = false;
        var ready = await ReadinessAsync(ApiFactory.AdminToken);
        var applied = await client.PostAsync(Change, new { version });

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Body.Text("status"));
        Assert.Equal("Healthy", ready.Body["checks"]?["storage"].Text("status"));
        Assert.True(applied.Errors.Count == 0, applied.Text);
        Assert.True(applied.Data!["setIndicator"]!["applied"]!.GetValue<bool>());
        Assert.Equal(version + 1, applied.Data!["setIndicator"].Int("version"));
        Assert.Equal(version + 1, (await _store.ReadAsync(new ReportKey("36", 2021)))!.Report.Version);
    }

    /// <summary>/health/ready as the holder of <paramref name="token"/> reads it (its checks for an admin's), or as a probe with no token.</summary>
    private async Task<(HttpStatusCode Status, JsonNode Body)> ReadinessAsync(string? token)
    {
        var response = await _server.ClientWith(token).GetAsync("/health/ready");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>The in-memory report store, which can be taken down: then every call fails as the Azure one fails when storage cannot be reached.</summary>
    private sealed class SwitchableReportStore : IReportStore
    {
        private readonly InMemoryReportStore _stored = new();

        private int _refusedWrites;

        public volatile bool Down;

        /// <summary>How many writes came while storage was down: the change reached storage and was refused there.</summary>
        public int RefusedWrites => Volatile.Read(ref _refusedWrites);

        public Task<StoredReport?> ReadAsync(ReportKey key) => Call(() => _stored.ReadAsync(key));

        public Task<string> WriteAsync(ReportKey key, Report report, Revision revision, string? expected, KeptAnswer? answer = null)
        {
            if (Down)
                Interlocked.Increment(ref _refusedWrites);
            return Call(() => _stored.WriteAsync(key, report, revision, expected, answer));
        }

        public Task<KeptAnswer?> ReadAnswerAsync(ReportKey key, string idempotencyKey) => Call(() => _stored.ReadAnswerAsync(key, idempotencyKey));

        public Task<RevisionPage> ReadRevisionsAsync(ReportKey key, long latestVersion, long? beforeVersion, int count) =>
            Call(() => _stored.ReadRevisionsAsync(key, latestVersion, beforeVersion, count));

        public Task CheckReachableAsync(CancellationToken cancellation) => Call(async () =>
        {
            await _stored.CheckReachableAsync(cancellation);
            return true;
        });

        private Task<T> Call<T>(Func<Task<T>> call) => Down
            ? Task.FromException<T>(new StorageUnavailableException("Storage is unavailable: could not reach the test's storage.",
                new HttpRequestException("Connection refused (127.0.0.1:10002)")))
            : call();
    }
}
