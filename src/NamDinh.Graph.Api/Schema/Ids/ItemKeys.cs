using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>
/// The key within a report of the item a mutation input names. Scripts give the key itself ("task-3.1-01"); clients
/// give the id they read ("NarrativeItem:36-2021:task-3.1-01", or the same item read as of a version), which must be
/// of an item of that type in the report the mutation changes.
/// </summary>
public static class ItemKeys
{
    public static string Of(string given, string typeName, ReportKey report, string field)
    {
        if (!GlobalId.TryParse(given, out var id))
            return given;
        if (id.TypeName != typeName)
            throw ClientErrors.BadUserInput(field, $"'{given}' is the id of a {id.TypeName}, not of a {typeName}.");
        if (!id.TrySplit(2, out var parts) || !ReportScope.TryParse(parts[0], out var scope))
            throw ClientErrors.BadUserInput(field, $"'{given}' is not an id this API gave.");
        return scope.Key == report
            ? parts[1]
            : throw ClientErrors.BadUserInput(field, $"'{given}' is the id of an item of report {scope.Key}, not of report {report}.");
    }
}
