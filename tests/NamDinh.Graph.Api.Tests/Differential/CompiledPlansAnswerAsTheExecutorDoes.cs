using System.Globalization;
using Xunit.Abstractions;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// The differential test of compiled plans (issue 20): every query of the test suites, every registered operation and
/// <see cref="GeneratedCount"/> generated queries over the schema are sent to a server with <c>Execution:CompiledPlans</c>
/// on and to one with it off (GraphQL.NET's own executor), over the same data; status, content type and body must be
/// the same bytes. Each part writes its count to the test totals (<see cref="DifferentialSummary"/>). The generator's
/// seed is <see cref="DefaultSeed"/> unless <c>DIFFERENTIAL_SEED</c> says another; <c>DIFFERENTIAL_QUERIES</c> changes how many.
/// </summary>
public sealed class CompiledPlansAnswerAsTheExecutorDoes(DifferentialHosts hosts, ITestOutputHelper output) : IClassFixture<DifferentialHosts>
{
    public const int DefaultSeed = 20_003;

    public const int DefaultCount = 10_000;

    private static int GeneratedCount => Setting("DIFFERENTIAL_QUERIES", DefaultCount);

    private static int Seed => Setting("DIFFERENTIAL_SEED", DefaultSeed);

    [Fact]
    public async Task For_every_query_of_the_test_suites()
    {
        var values = new ValueMaker(hosts.Schema, hosts.Data, new Random(Seed));
        var requests = SuiteOperations.InTestSuites()
            .SelectMany(found => SuiteOperations.RequestsFor(found.Source, found.Document, values))
            .ToList();

        await CompareAsync("suites", "queries of the test suites", requests, atLeast: 100);
    }

    [Fact]
    public async Task For_every_registered_operation()
    {
        var values = new ValueMaker(hosts.Schema, hosts.Data, new Random(Seed));
        var requests = new List<DifferentialRequest>();
        foreach (var (id, document) in SuiteOperations.Registered())
        {
            // By its id as a client of the registry sends it, and by its text; each a few times, with other variables.
            for (var round = 0; round < 4; round++)
            {
                requests.AddRange(SuiteOperations.RequestsFor("schema/operations/" + id + ".graphql (documentId)", document, values, documentId: id));
                requests.AddRange(SuiteOperations.RequestsFor("schema/operations/" + id + ".graphql", document, values));
            }
        }

        await CompareAsync("registered", "registered operations", requests, atLeast: 50);
    }

    [Fact]
    public async Task For_generated_queries_over_the_schema()
    {
        var requests = new QueryGenerator(hosts.Schema, hosts.Data, Seed).Generate(GeneratedCount).ToList();

        await CompareAsync("generated", string.Create(CultureInfo.InvariantCulture, $"generated queries (seed {Seed})"), requests, atLeast: GeneratedCount);
    }

    private async Task CompareAsync(string file, string part, IReadOnlyCollection<DifferentialRequest> requests, int atLeast)
    {
        var run = new DifferentialRun();
        var (plannedBefore, leftBefore) = (hosts.Plans.Planned, hosts.Plans.LeftOver);
        try
        {
            run = await DifferentialRun.CompareAsync(hosts, requests);
        }
        finally
        {
            DifferentialSummary.Write(file, part, run.Identical, run.Different + (run.Identical + run.Different < requests.Count ? 1 : 0));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part}: {run.Identical} of {requests.Count} byte-identical ({run.Shape}); {run.ExecutorVaried} matched the executor only when it was asked again, {run.ErrorsInAnotherOrder} had their errors in another order, {run.UnexpectedErrors} were the same unexpected error but for its correlation id; {hosts.Plans.Planned - plannedBefore} answered by a plan, {hosts.Plans.LeftOver - leftBefore} left by one to the executor."));
        foreach (var request in run.Unexpected)
            output.WriteLine("Both servers failed unexpectedly (INTERNAL_SERVER_ERROR) on:\n" + request);
        Assert.True(run.Different == 0, run.Report(part));
        Assert.True(hosts.Plans.Planned > plannedBefore, $"{part}: no query was answered by a plan, so nothing was compared with one.");
        Assert.True(requests.Count >= atLeast, string.Create(CultureInfo.InvariantCulture, $"{part}: only {requests.Count} requests, fewer than {atLeast}: the sources were not found."));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
