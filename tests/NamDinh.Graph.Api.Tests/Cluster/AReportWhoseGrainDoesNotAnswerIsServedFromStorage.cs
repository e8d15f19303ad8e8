using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Tests.Auth;

namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>
/// A report grain that does not answer (its silo froze; here a grain call filter holds its GetAsync for a minute)
/// costs a read and a change one short patience, not Orleans' response timeout. A read answers the report as storage
/// holds it, marked possiblyBehind with its version, and gets no ETag; a report of the same request whose grain answers
/// is not marked. A change to the next year, which is decided against the held report, reads that report from storage
/// and applies.
/// </summary>
public sealed class AReportWhoseGrainDoesNotAnswerIsServedFromStorage : IDisposable
{
    private readonly ApiFactory _api = new();
    private readonly HeldReportGrains _held = new();
    private readonly WebApplicationFactory<Program> _server;
    private readonly GraphQLClient _client;

    public AReportWhoseGrainDoesNotAnswerIsServedFromStorage()
    {
        _server = _api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IIncomingGrainCallFilter>(_held)));
        _client = new GraphQLClient(_server.ClientWith(ApiFactory.AdminToken));
    }

    public void Dispose()
    {
        _held.Release();
        _server.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task A_read_answers_what_storage_holds_marked_possibly_behind()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own);
        await _client.MutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "131" }));
        _held.Hold(own.Id);

        var started = DateTime.UtcNow;
        var answer = await _client.PostAsync(
            "query($p: String!, $y: Int!) { held: report(province: $p, year: $y) { version possiblyBehind indicators(code: \"postal.revenue\") { value } } namDinh: report(province: \"36\", year: 2021) { possiblyBehind } }",
            new { p = own.Slug, y = own.Year });
        var took = DateTime.UtcNow - started;

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.Equal(2, answer.Data!["held"].Int("version"));
        Assert.True(answer.Data!["held"]!["possiblyBehind"]!.GetValue<bool>());
        Assert.Equal("131", answer.Data!["held"]!["indicators"]![0]!["value"]!.GetValue<string>());
        Assert.False(answer.Data!["namDinh"]!["possiblyBehind"]!.GetValue<bool>());
        Assert.True(took < TimeSpan.FromSeconds(20), $"The read took {took}.");
    }

    [Fact]
    public async Task A_read_through_an_answering_grain_is_not_marked()
    {
        var answer = await _client.PostAsync("{ report(province: \"36\", year: 2021) { possiblyBehind } }");

        Assert.False(answer.Data!["report"]!["possiblyBehind"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_change_decided_against_a_held_previous_year_reads_it_from_storage()
    {
        var own = OwnReport.Next();
        await _client.ImportCopyOfNamDinhAsync(own.PreviousYear);
        await _client.ImportCopyOfNamDinhAsync(own);
        _held.Hold(own.PreviousYear.Id);

        var answer = await _client.TryMutateAsync("setIndicator", own.Input(new { code = "postal.revenue", value = "132" }));

        Assert.True(answer.Errors.Count == 0, answer.Text);
        Assert.True(answer.Data!["setIndicator"]!["applied"]!.GetValue<bool>());
    }

    /// <summary>Holds GetAsync on the report grains named, as a frozen silo would, for a minute or until released.</summary>
    private sealed class HeldReportGrains : IIncomingGrainCallFilter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _held = new();
        private readonly CancellationTokenSource _released = new();

        public void Hold(string reportKey) => _held[reportKey] = true;

        /// <summary>Lets the held calls go, so the silo can stop.</summary>
        public void Release() => _released.Cancel();

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.Grain is IReportGrain && context.InterfaceMethod.Name == nameof(IReportGrain.GetAsync)
                && _held.ContainsKey(context.TargetId.Key.ToString()!))
                await Task.Delay(TimeSpan.FromMinutes(1), _released.Token).ContinueWith(_ => { }, TaskScheduler.Current);
            await context.Invoke();
        }
    }
}
