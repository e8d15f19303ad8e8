using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace NamDinh.Graph.Api.Schema;

/// <summary>
/// The two introspection fields of the October 2021 spec that GraphQL.NET 8 lacks, and which graphql-js's
/// <c>getIntrospectionQuery</c> asks for with its <c>specifiedByUrl</c> and <c>inputValueDeprecation</c> options:
/// <c>__Type.specifiedByURL</c>, and <c>includeDeprecated</c> on <c>__Directive.args</c>. (GraphQL.NET has
/// <c>isRepeatable</c> and <c>includeDeprecated</c> on field args and input fields behind its schema features.)
/// </summary>
public static class CurrentIntrospection
{
    public static void Complete(IGraphType introspectionType)
    {
        switch (introspectionType)
        {
            case __Type type when !type.HasField("specifiedByURL"):
                // None of our scalars points to an outside specification (their descriptions say their format).
                type.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Description = "Where a custom scalar's format is specified; null for the built-in scalars and for types that are not scalars.",
                    Type = typeof(StringGraphType),
                    Resolver = new FuncFieldResolver<object?>(_ => null),
                });
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                    context.Source.Arguments is { } all
                        ? all.Where(argument => context.GetArgument<bool>("includeDeprecated") || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                        : []);
                break;
        }
    }
}
