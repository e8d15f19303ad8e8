using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Tests;

/// <summary>Runs namdinh-graph as a script would, against the test server, and keeps its exit code and output.</summary>
public sealed class Tool(HttpClient http)
{
    public const string Server = "http://localhost/graphql";

    public Tool(ApiFactory server) : this(server.CreateClient())
    {
    }

    /// <summary>Runs the tool with <paramref name="args"/> and <c>--server</c> naming the test server.</summary>
    public Task<ToolRun> RunAsync(params string[] args) => RunExactlyAsync([.. args, "--server", Server]);

    /// <summary>Runs the tool with exactly <paramref name="args"/>.</summary>
    public async Task<ToolRun> RunExactlyAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineTool.RunAsync(args, new Terminal(output, error), http);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The report's version as the server says it, asked directly through GraphQL.</summary>
    public async Task<int> VersionOfAsync(string province, int year)
    {
        var data = await new GraphQL.GraphQLClient(http, new Uri(Server)).RunAsync(
            "query ($province: String!, $year: Int!) { report(province: $province, year: $year) { version } }",
            new JsonObject { ["province"] = province, ["year"] = year });
        return data["report"]!["version"]!.GetValue<int>();
    }
}

/// <summary>What one run of the tool gave: its exit code, stdout and stderr.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
