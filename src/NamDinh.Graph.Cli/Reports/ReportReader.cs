using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli.Reports;

/// <summary>Reads a whole report from the server: <c>report(province, year)</c> with every field.</summary>
public sealed class ReportReader(GraphQLClient server)
{
    public async Task<ServedReport> ReadAsync(string province, int year)
    {
        var data = await server.RunAsync(WholeReportQuery.Document, new JsonObject { ["province"] = province, ["year"] = year });
        var report = data["report"] ?? throw new ServerAnswerException($"The server answered no report of {province} {year}, and no error.");
        return new ServedReport(ReportFromGraphQL.Read(report), report["province"]?["name"]?.GetValue<string>() ?? province);
    }
}
