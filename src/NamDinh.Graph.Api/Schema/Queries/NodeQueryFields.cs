using GraphQL;
using GraphQL.Types;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema.Ids;

namespace NamDinh.Graph.Api.Schema.Queries;

/// <summary>
/// Relay's Global Object Identification: any object implementing Node fetched again by its id, alone or many at once,
/// through the request's loaders (ids of one report cost one grain call). Reading is open to whoever may read reports.
/// </summary>
public static class NodeQueryFields
{
    public const int MaxIds = 100;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeGraphType>("node")
            .Description("The object with this id, as the field that gave the id serves it. Null, with a NOT_FOUND error, for an id no object has (or that is not an id this API gives).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id of an object that implements Node.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return new NodeLookup(GrainLoaders.Of(context)).Find(id).Map(found => found ?? throw NotFound(id));
            });

        query.Field<NonNullGraphType<ListGraphType<NodeGraphType>>>("nodes")
            .Description($"The objects with these ids, in the order asked; null in the place of an id no object has, each with a NOT_FOUND error of its own. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Ids of objects that implement Node.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw ClientErrors.BadUserInput("ids", $"Ask for at most {MaxIds} ids at once, not {ids.Count}.");
                var lookup = new NodeLookup(GrainLoaders.Of(context));
                return PendingResults.All([.. ids.Select(lookup.Find)]).Map(found => found.Select((node, index) =>
                {
                    if (node is null)
                        context.Errors.Add(Located(NotFound(ids[index]), context, index));
                    return node;
                }).ToList());
            });
    }

    private static ExecutionError NotFound(string id) =>
        ClientErrors.NotFound($"There is no object with id '{Errors.Echo.Short(id)}'. Ids are opaque: pass one exactly as this API gave it.");

    private static ExecutionError Located(ExecutionError error, IResolveFieldContext context, int index)
    {
        error.AddLocation(context.FieldAst, context.Document);
        error.Path = [.. context.ResponsePath, index];
        return error;
    }
}
