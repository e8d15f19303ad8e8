using System.Text.Json.Nodes;

namespace NamDinh.Graph.Cli.Output;

/// <summary>A report as the terminal names it, "Hà Nam (35) 2021", from <c>report { province { code name } year }</c>.</summary>
public static class ReportTitle
{
    public const string Selection = "report { province { code name } year }";

    public static string? Of(JsonNode? report) =>
        report?["province"]?["name"]?.GetValue<string>() is { } name
            ? $"{name} ({report["province"]!["code"]!.GetValue<string>()}) {report["year"]!.GetValue<int>()}"
            : null;
}
