using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli.Output;

/// <summary>
/// What a mutation answers: whether the change was stored, the report's version now, what it touched
/// (part and key) and the findings it raised or cleared.
/// </summary>
public sealed record ChangePayload(
    bool Applied,
    int Version,
    IReadOnlyList<ChangePayload.Change> Changes,
    IReadOnlyList<ChangePayload.Finding> FindingsRaised,
    IReadOnlyList<ChangePayload.Finding> FindingsCleared)
{
    public sealed record Change(string Part, string Key);

    public sealed record Finding(string Kind, string Subject, string Message)
    {
        public override string ToString() => $"{Kind} {Subject}: {Message}";
    }

    public static ChangePayload Read(JsonNode? payload)
    {
        if (payload is null)
            throw new ServerAnswerException("The server answered the change with neither a result nor an error.");
        return new ChangePayload(
            payload["applied"]!.GetValue<bool>(),
            payload["version"]!.GetValue<int>(),
            payload["changes"]!.AsArray().Select(change => new Change(change!["part"]!.GetValue<string>(), change["key"]!.GetValue<string>())).ToList(),
            Findings(payload["findingsRaised"]),
            Findings(payload["findingsCleared"]));
    }

    /// <summary>Writes the findings raised and cleared (or, in a dry run, that would be), one a line, after <paramref name="indent"/>.</summary>
    public void WriteFindings(TextWriter output, bool dryRun, string indent = "")
    {
        foreach (var finding in FindingsRaised)
            output.WriteLine($"{indent}{(dryRun ? "would raise finding" : "finding raised")}: {finding}");
        foreach (var finding in FindingsCleared)
            output.WriteLine($"{indent}{(dryRun ? "would clear finding" : "finding cleared")}: {finding}");
    }

    private static IReadOnlyList<Finding> Findings(JsonNode? findings) =>
        findings!.AsArray().Select(finding => new Finding(
            finding!["kind"]!.GetValue<string>(), finding["subject"]!.GetValue<string>(), finding["message"]!.GetValue<string>())).ToList();
}
