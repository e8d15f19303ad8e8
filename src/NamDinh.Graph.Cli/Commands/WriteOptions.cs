using System.Text.Json.Nodes;
using NamDinh.Graph.Cli.CommandLine;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>
/// The options of the commands that change a report, and the input fields they give: why, against which version,
/// whether a figure 100 times away from the one before is meant, and the idempotency key that makes a retry safe.
/// </summary>
public static class WriteOptions
{
    public static readonly OptionSpec ConfirmImplausible =
        new("confirm-implausible", null, "A figure 100 times or more away from the stored or last year's one is meant: do not refuse it (IMPLAUSIBLE_CHANGE).");

    public static OptionSpec IdempotencyKey(string whenNotGiven) =>
        new("idempotency-key", "K", $"A name for this change, so that sending it again (after a timeout) cannot apply it twice within 24 hours; {whenNotGiven}.");

    /// <summary>Adds the fields the write options give to a mutation's <paramref name="input"/>; the key only when there is one.</summary>
    public static JsonObject With(JsonObject input, CommandArguments arguments, string? idempotencyKey)
    {
        input["confirmImplausible"] = arguments.Has(ConfirmImplausible.Name);
        if (idempotencyKey is not null)
            input["idempotencyKey"] = idempotencyKey;
        return input;
    }
}
