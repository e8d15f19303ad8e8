using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.GraphQL;
using NamDinh.Graph.Cli.Reports;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Cli.Output;

/// <summary>
/// What a mutation answers: whether the change was stored, the report's version now, what it touched
/// (part, key, the fields it changed and, for a figure, the figure before and after), the findings it raised or
/// cleared, and the report's title when the answer names the report.
/// </summary>
public sealed record ChangePayload(
    bool Applied,
    int Version,
    IReadOnlyList<ChangePayload.Change> Changes,
    IReadOnlyList<ChangePayload.Finding> FindingsRaised,
    IReadOnlyList<ChangePayload.Finding> FindingsCleared,
    string? Title)
{
    /// <summary>The fields of a change the answers are read into; spread it as <c>...Touched</c>, next to <see cref="WholeReportQuery.FigureFragment"/>.</summary>
    public const string ChangeFragment = """
        fragment Touched on RevisionEntry {
          part key fields
          oldIndicator { ...Figure }
          newIndicator { ...Figure }
        }
        """ + "\n" + WholeReportQuery.FigureFragment;

    /// <summary>
    /// The mutation <paramref name="field"/>(input: <paramref name="inputType"/>), named <paramref name="operation"/>,
    /// asking what <see cref="Read"/> reads.
    /// </summary>
    public static string MutationOf(string operation, string field, string inputType) => $$"""
        mutation {{operation}}($input: {{inputType}}!) {
          {{field}}(input: $input) {
            applied
            version
            changes { ...Touched }
            findingsRaised { kind subject message }
            findingsCleared { kind subject message }
            report { province { code name } year }
          }
        }
        """ + "\n" + ChangeFragment;

    /// <summary>One item a change touched; <see cref="Fields"/> is empty for an item added or removed.</summary>
    public sealed record Change(string Part, string Key, IReadOnlyList<string> Fields, IndicatorValue? OldIndicator, IndicatorValue? NewIndicator);

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
            payload["changes"]!.AsArray().Select(ReadChange).ToList(),
            Findings(payload["findingsRaised"]),
            Findings(payload["findingsCleared"]),
            ReportTitle.Of(payload["report"]));
    }

    /// <summary>Writes the findings raised and cleared (or, in a dry run, that would be), one a line, after <paramref name="indent"/>.</summary>
    public void WriteFindings(TextWriter output, bool dryRun, string indent = "")
    {
        foreach (var finding in FindingsRaised)
            output.WriteLine($"{indent}{(dryRun ? "would raise finding" : "finding raised")}: {finding}");
        foreach (var finding in FindingsCleared)
            output.WriteLine($"{indent}{(dryRun ? "would clear finding" : "finding cleared")}: {finding}");
    }

    private static Change ReadChange(JsonNode? change) => new(
        change!["part"]!.GetValue<string>(),
        change["key"]!.GetValue<string>(),
        change["fields"]?.AsArray().Select(field => field!.GetValue<string>()).ToList() ?? [],
        change["oldIndicator"] is { } old ? ReportFromGraphQL.Indicator(old) : null,
        change["newIndicator"] is { } changed ? ReportFromGraphQL.Indicator(changed) : null);

    private static List<Finding> Findings(JsonNode? findings) =>
        findings!.AsArray().Select(finding => new Finding(
            finding!["kind"]!.GetValue<string>(), finding["subject"]!.GetValue<string>(), finding["message"]!.GetValue<string>())).ToList();
}
