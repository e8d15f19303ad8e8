using NamDinh.Graph.Api.Tests.Slices;

namespace NamDinh.Graph.Api.Tests.Ids;

/// <summary>
/// A server of the id tests' own: the real Nam Định 2021 report, and the synthetic Hà Nam 2021 report of tests/data,
/// imported and then changed twice, so that it has a past unlike its present (version 1 as imported, version 3 now)
/// and claims Nam Định's place in the ICT index (a finding of the ranking tables). Every grain call is counted.
/// </summary>
public sealed class TwoReportsServer : IAsyncLifetime
{
    public const string HaNamFigure = "postal.revenue";

    private readonly RealReportServer _server = new();

    public GraphQLClient Client => _server.Client;

    public GrainCallCounter Calls => _server.Calls;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        var report = File.ReadAllText(RepositoryFiles.PathOf("tests/data/ha-nam-2021.synthetic.json"));
        await Client.MutateAsync("importReport", new { report }, "version");
        await Client.MutateAsync("setRanking", new { province = "ha-nam", year = 2021, index = "ict-index", position = 11, total = 63, editionYear = (int?)null }, "version");
        await Client.MutateAsync("setIndicator", new { province = "ha-nam", year = 2021, code = HaNamFigure, value = "777", multiplier = "1000000000" }, "version");
    }

    public Task DisposeAsync() => _server.DisposeAsync();
}
