using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// Refuses <c>__type(name: "")</c> before it runs: GraphQL.NET looks an empty name up as a programming error
/// (an exception, so an INTERNAL_SERVER_ERROR), where it is the client's mistake.
/// </summary>
public sealed class IntrospectionNeedsATypeName : ValidationRuleBase
{
    public static readonly IntrospectionNeedsATypeName Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name.Value.Span is not "__type" || field.Arguments?.ValueFor("name") is not { } name)
                return;
            var given = name switch
            {
                GraphQLStringValue text => text.Value.ToString(),
                GraphQLVariable variable => validation.Variables?.TryGetValue(variable.Name.StringValue, out var value) == true ? value as string : null,
                _ => null,
            };
            if (given is { Length: 0 })
                validation.ReportError(new ValidationError(validation.Document.Source, number: null,
                    "__type needs the name of a type; an empty name names none.", field)
                { Code = ErrorCodes.BadUserInput });
        }));
}
