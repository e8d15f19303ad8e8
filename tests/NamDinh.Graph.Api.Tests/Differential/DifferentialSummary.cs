using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>
/// Writes a part's count to the test totals: <c>{"suite", "passed", "failed"}</c> in the folder
/// <c>DIFFERENTIAL_SUMMARY_DIR</c> names (scripts/test.sh sets it), where passed is the operations whose answers were
/// byte-identical. Nothing is written when it is not set.
/// </summary>
public static class DifferentialSummary
{
    public const string FolderVariable = "DIFFERENTIAL_SUMMARY_DIR";

    public static void Write(string file, string part, int passed, int failed)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        var summary = new JsonObject { ["suite"] = "compiled plans vs GraphQL.NET executor: " + part, ["passed"] = passed, ["failed"] = failed };
        File.WriteAllText(Path.Combine(folder, "differential-" + file + ".summary.json"), summary.ToJsonString());
    }
}
