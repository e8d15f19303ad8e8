using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NamDinh.Graph.Abstractions.Reports;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Domain.Editing;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests.Performance;

/// <summary>
/// With the response cache on (Limits:ResponseCacheSeconds, here longer than the default), a query asked again is
/// answered from memory, and a change of what it read forgets it: a mutation through this node before it is answered,
/// a change made elsewhere as soon as its event arrives.
/// Answers with errors, and mutations, are never kept. A server of its own, which changes Nam Định 2021 freely.
/// </summary>
public sealed class KeptAnswersAreForgottenOnEveryChange : IDisposable
{
    private const string Figure = """{ report(province: "nam-dinh", year: 2021) { version indicators(code: "postal.revenue") { value } } }""";
    private readonly ApiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _server;

    public KeptAnswersAreForgottenOnEveryChange() =>
        _server = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:ResponseCacheSeconds", "30"));

    public void Dispose()
    {
        _server.Dispose();
        _factory.Dispose();
    }

    private ResponseCache Kept => _server.Services.GetRequiredService<ResponseCache>();

    private GraphQLClient Client() => new(_server.CreateClient());

    [Fact]
    public async Task A_query_asked_again_is_answered_from_what_was_kept()
    {
        var first = await Client().PostAsync(Figure);
        var second = await Client().PostAsync(Figure);

        Assert.Empty(first.Errors);
        Assert.Equal(1, Kept.Count);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task A_mutation_forgets_before_it_is_answered_so_its_client_reads_its_change()
    {
        await Client().PostAsync(Figure);

        var changed = await Client().PostAsync("""
            mutation { setIndicator(input: { province: "nam-dinh", year: 2021, code: "postal.revenue", value: "131", multiplier: "1000000000", reason: "cache test" }) { applied } }
            """);
        var after = await Client().PostAsync(Figure);

        Assert.True(changed.Data!["setIndicator"]!["applied"]!.GetValue<bool>());
        Assert.Equal("131", after.Data!["report"]!["indicators"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_its_event_arrives()
    {
        var before = await Client().PostAsync(Figure);
        var grain = _server.Services.GetRequiredService<IGrainFactory>().GetReportGrain(new ReportKey("36", 2021));
        var report = (await grain.GetAsync())!;
        var figure = report.Indicators.Single(value => value.Code == "postal.revenue");
        await grain.EditAsync(new EditRequest(new ReplaceIndicator(figure with { Value = 140 }), null, "another-node", "cache test"));

        GraphQLAnswer after = before;
        for (var attempt = 0; attempt < 50 && after.Text == before.Text; attempt++)
        {
            await Task.Delay(20);
            after = await Client().PostAsync(Figure);
        }

        Assert.Equal("140", after.Data!["report"]!["indicators"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_with_errors_are_not_kept()
    {
        await Client().PostAsync("""{ report(province: "nowhere", year: 2021) { id } }""");

        Assert.Equal(0, Kept.Count);
    }
}
