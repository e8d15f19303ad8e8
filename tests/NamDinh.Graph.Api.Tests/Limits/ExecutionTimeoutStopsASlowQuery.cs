namespace NamDinh.Graph.Api.Tests.Limits;

/// <summary>
/// Limits:ExecutionTimeout (here zero, so that it is over before the query starts) is the longest a query may run, whatever its cost was estimated at:
/// it is cancelled and answers QUERY_TIMEOUT.
/// </summary>
public sealed class ExecutionTimeoutStopsASlowQuery(ExecutionTimeoutStopsASlowQuery.Server server) : IClassFixture<ExecutionTimeoutStopsASlowQuery.Server>
{
    public sealed class Server() : ConfiguredApi(("Limits:ExecutionTimeout", "00:00:00"));

    [Fact]
    public async Task A_query_longer_than_the_timeout_is_QUERY_TIMEOUT()
    {
        var answer = await server.Admin.PostAsync("{ " + Amplification.Reports("(year: 2021)") + " }");

        var error = Assert.Single(answer.Errors);
        Assert.Equal("QUERY_TIMEOUT", error.CodeOf());
        Assert.Contains("0 ms", error.Text("message"));
        Assert.Null(answer.Data);
    }
}
