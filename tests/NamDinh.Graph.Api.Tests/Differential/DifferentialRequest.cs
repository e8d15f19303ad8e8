using System.Text;
using System.Text.Json.Nodes;

namespace NamDinh.Graph.Api.Tests.Differential;

/// <summary>One GraphQL request as a client posts it: a document or a registered operation's id, its variables, what it accepts.</summary>
/// <param name="Source">Where it comes from, for a failure's message: a file, the registry, or the generator and its number.</param>
public sealed record DifferentialRequest(
    string Source, string? Query, JsonObject? Variables, string? OperationName = null, string? DocumentId = null, string Accept = GraphQLClient.GraphQLResponseJson)
{
    /// <summary>The body posted, the same bytes to both servers.</summary>
    public byte[] Body()
    {
        var body = new JsonObject();
        if (Query is not null)
            body["query"] = Query;
        if (OperationName is not null)
            body["operationName"] = OperationName;
        if (Variables is not null)
            body["variables"] = Variables.DeepClone();
        if (DocumentId is not null)
            body["documentId"] = DocumentId;
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    public override string ToString()
    {
        var text = new StringBuilder().Append(Source).Append('\n');
        if (DocumentId is not null)
            text.Append("documentId: ").Append(DocumentId).Append('\n');
        if (Query is not null)
            text.Append(Query).Append('\n');
        if (OperationName is not null)
            text.Append("operationName: ").Append(OperationName).Append('\n');
        if (Variables is not null)
            text.Append("variables: ").Append(Variables.ToJsonString()).Append('\n');
        return text.Append("Accept: ").Append(Accept).ToString();
    }
}
