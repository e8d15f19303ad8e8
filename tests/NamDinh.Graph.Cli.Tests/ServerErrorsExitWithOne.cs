using System.Net;
using System.Text;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>What the server refuses or cannot answer ends with exit code 1 and its message, code and field on stderr.</summary>
[Collection(ServerCollection.Name)]
public sealed class ServerErrorsExitWithOne(ApiFactory server)
{
    private readonly Tool _tool = new(server);

    [Fact]
    public async Task An_unknown_province_is_NOT_FOUND_with_the_servers_message()
    {
        var export = await _tool.RunAsync("export-report", "--province", "atlantis", "--year", "2021");

        Assert.Equal(1, export.ExitCode);
        Assert.Equal("", export.Output);
        Assert.Equal(
            "error: There is no province 'atlantis'. Use a slug such as \"nam-dinh\" or a statistical code such as \"36\"; the query provinces lists them. (code: NOT_FOUND)\n",
            export.Error);
    }

    [Fact]
    public async Task A_year_without_a_report_is_NOT_FOUND()
    {
        var export = await _tool.RunAsync("import-indicators", TestData.IndicatorsCsvFile, "--province", TestData.Province, "--year", "2003");

        Assert.Equal(1, export.ExitCode);
        Assert.StartsWith("error: There is no report of province 35 ", export.Error);
        Assert.Contains("(code: NOT_FOUND)", export.Error);
        Assert.EndsWith("is refused whole: no row was applied.\n", export.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_BAD_USER_INPUT_naming_the_field()
    {
        var import = await _tool.RunAsync("import-report", TestData.IndicatorsCsvFile);

        Assert.Equal(1, import.ExitCode);
        Assert.StartsWith("error: The report is not a report in the expected JSON shape", import.Error);
        Assert.EndsWith("(code: BAD_USER_INPUT, field: input.report)\n", import.Error);
    }

    [Fact]
    public async Task An_import_against_another_version_is_a_VERSION_CONFLICT_with_the_current_version()
    {
        var file = TestData.ReportFileFor(2010);
        Assert.Equal(0, (await _tool.RunAsync("import-report", file, "--expected-version", "0")).ExitCode);

        var import = await _tool.RunAsync("import-report", file, "--expected-version", "7");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal(
            "error: The report is at version 1, not 7: read it again and redo the change on the current version. (code: VERSION_CONFLICT, currentVersion: 1, expectedVersion: 7)\n",
            import.Error);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_an_error()
    {
        using var http = new HttpClient();

        var export = await new Tool(http).RunExactlyAsync("export-report", "--province", "ha-nam", "--year", "2021", "--server", "http://127.0.0.1:1/graphql");

        Assert.Equal(1, export.ExitCode);
        Assert.StartsWith("error: Cannot reach the server at http://127.0.0.1:1/graphql: ", export.Error);
    }

    [Fact]
    public async Task An_answer_that_is_not_GraphQL_is_an_error()
    {
        using var http = new HttpClient(new ProxyErrorPage());

        var export = await new Tool(http).RunAsync("export-report", "--province", "ha-nam", "--year", "2021");

        Assert.Equal(1, export.ExitCode);
        Assert.Equal("error: The server at http://localhost/graphql answered HTTP 502 Bad Gateway with text/html, not a GraphQL response: <h1>Bad gateway</h1>\n", export.Error);
    }

    private sealed class ProxyErrorPage : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)
            {
                Content = new StringContent("<h1>Bad gateway</h1>", Encoding.UTF8, "text/html"),
            });
    }
}
