using System.Text.Json.Nodes;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Tests;

/// <summary>The requests the mutation tests make over and over, as a client makes them.</summary>
public static class ReportRequests
{
    /// <summary>What every change payload tells.</summary>
    public const string PayloadFields = """
        applied version
        changes { part key oldValue newValue }
        findingsRaised { id key kind subject message figures { name value } source { section sentence } }
        findingsCleared { id key kind subject message figures { name value } source { section sentence } }
        """;

    private static readonly Dictionary<string, string> InputTypes = new()
    {
        ["setIndicator"] = "SetIndicatorInput",
        ["replaceIndicator"] = "ReplaceIndicatorInput",
        ["changeReport"] = "ChangeReportInput",
        ["removeIndicator"] = "RemoveIndicatorInput",
        ["addTask"] = "AddNarrativeItemInput",
        ["addPriority"] = "AddNarrativeItemInput",
        ["updateTask"] = "UpdateNarrativeItemInput",
        ["updatePriority"] = "UpdateNarrativeItemInput",
        ["removeTask"] = "RemoveNarrativeItemInput",
        ["removePriority"] = "RemoveNarrativeItemInput",
        ["setRanking"] = "SetRankingInput",
        ["createReport"] = "CreateReportInput",
        ["importReport"] = "ImportReportInput",
    };

    /// <summary>Sends mutation <paramref name="mutation"/> with <paramref name="input"/> and answers whatever the server says.</summary>
    public static Task<GraphQLAnswer> TryMutateAsync(this GraphQLClient client, string mutation, object input, string selection = PayloadFields) =>
        client.PostAsync($"mutation Change($input: {InputTypes[mutation]}!) {{ {mutation}(input: $input) {{ {selection} }} }}", new { input });

    /// <summary>Sends a mutation that must succeed and answers its payload.</summary>
    public static async Task<JsonNode> MutateAsync(this GraphQLClient client, string mutation, object input, string selection = PayloadFields)
    {
        var answer = await client.TryMutateAsync(mutation, input, selection);
        Assert.True(answer.Errors.Count == 0, $"{mutation} was refused: {answer.Text}");
        return answer.Data![mutation]!;
    }

    /// <summary>Creates the report, empty and synthetic.</summary>
    public static Task<JsonNode> CreateAsync(this GraphQLClient client, OwnReport own, string selection = PayloadFields) =>
        client.MutateAsync("createReport", own.Input(new { synthetic = true }), selection);

    /// <summary>Imports a copy of the real Nam Định 2021 report under the key of <paramref name="own"/>, changed as asked.</summary>
    public static Task<JsonNode> ImportCopyOfNamDinhAsync(this GraphQLClient client, OwnReport own, Func<Report, Report>? change = null, string selection = PayloadFields) =>
        client.MutateAsync("importReport", new { report = OwnReport.Json((change ?? (report => report))(own.CopyOfNamDinh())) }, selection);

    /// <summary>Reads fields of a report that must be there.</summary>
    public static async Task<JsonNode> ReadAsync(this GraphQLClient client, OwnReport own, string selection)
    {
        var answer = await client.PostAsync($"query Read($province: String!, $year: Int!) {{ report(province: $province, year: $year) {{ {selection} }} }}", new { province = own.Slug, year = own.Year });
        Assert.True(answer.Errors.Count == 0, $"Report {own.Id} could not be read: {answer.Text}");
        return answer.Data!["report"]!;
    }

    /// <summary>
    /// Everything a client can read of the report, as text: equal texts are the same report with the same history.
    /// Null when there is no such report.
    /// </summary>
    public static async Task<string?> ReadWholeAsync(this GraphQLClient client, OwnReport own, int? version = null, DateTimeOffset? asOf = null)
    {
        var answer = await client.PostAsync(Queries.WholeReport, own.Variables(version, asOf));
        return answer.Data?["report"] is { } report ? report.ToJsonString() : null;
    }
}
