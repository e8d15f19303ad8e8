using GraphQL.Types;

namespace NamDinh.Graph.Api.Schema.Ids;

/// <summary>Relay's Global Object Identification: an object that Query.node(id:) fetches again by its id.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An object that can be fetched again by its id: Query.node(id:) and Query.nodes(ids:).";
        Field<NonNullGraphType<IdGraphType>>(IdFields.Name).Description("Unique across the API and the same whenever this is read again. Opaque to clients.");
    }
}
