using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// Bounds introspection by the shape every tool's standard query has, so that its cost is that of the schema and the
/// complexity analyzer need not weigh it (<see cref="IntrospectionCost"/>): the schema asked for once per operation, and
/// a type's members (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>enumValues</c>)
/// listed at most once down any path. The standard queries of graphql-js, GraphiQL and Apollo's tooling list a type's
/// fields and name their types through <c>ofType</c>; a query that goes on from a field's type to that type's fields
/// again, or asks for the whole schema under several aliases, multiplies the work by the schema's size at each step and
/// is refused (INTROSPECTION_TOO_COMPLEX).
/// </summary>
public sealed class IntrospectionShape : ValidationRuleBase
{
    public static readonly IntrospectionShape Instance = new();

    private static readonly HashSet<string> TypeMembers = ["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation)
                return;
            var walk = new Walk(validation.Document);
            walk.Selections(operation.SelectionSet, insideIntrospection: false, membersListed: 0);
            if (walk.Refusal is { } refusal)
                validation.ReportError(new ValidationError(validation.Document.Source, number: null, refusal.Message, refusal.Node)
                { Code = ErrorCodes.IntrospectionTooComplex });
        }));

    private sealed class Walk(GraphQLDocument document)
    {
        private readonly HashSet<string> _spreading = new(StringComparer.Ordinal);
        private int _schemas;

        public (string Message, ASTNode Node)? Refusal { get; private set; }

        public void Selections(GraphQLSelectionSet? selections, bool insideIntrospection, int membersListed)
        {
            if (selections is null)
                return;
            foreach (var selection in selections.Selections)
            {
                if (Refusal is not null)
                    return;
                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, insideIntrospection, membersListed);
                        break;
                    case GraphQLInlineFragment inline:
                        Selections(inline.SelectionSet, insideIntrospection, membersListed);
                        break;
                    case GraphQLFragmentSpread spread:
                        Fragment(spread.FragmentName.Name.StringValue, insideIntrospection, membersListed);
                        break;
                }
            }
        }

        private void Field(GraphQLField field, bool insideIntrospection, int membersListed)
        {
            var name = field.Name.StringValue;
            if (!insideIntrospection && name == "__schema" && ++_schemas > 1)
            {
                Refusal = ("The operation asks for the schema (__schema) more than once; once gives all of it.", field);
                return;
            }
            var entering = !insideIntrospection && name is "__schema" or "__type";
            if (insideIntrospection && TypeMembers.Contains(name) && ++membersListed > 1)
            {
                Refusal = ($"Introspection lists a type's members ('{name}') under another type's members; the standard introspection query lists them once and names the types they refer to.", field);
                return;
            }
            Selections(field.SelectionSet, insideIntrospection || entering, membersListed);
        }

        private void Fragment(string name, bool insideIntrospection, int membersListed)
        {
            // A fragment spreading itself is refused before validation (FragmentExpansion); this only keeps the walk finite.
            if (!_spreading.Add(name))
                return;
            var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(each => each.FragmentName.Name.StringValue == name);
            Selections(definition?.SelectionSet, insideIntrospection, membersListed);
            _spreading.Remove(name);
        }
    }
}
