using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>
/// Where <see cref="RequestLimits.Introspection"/> is off: refuses __schema and __type (asking for __typename stays allowed).
/// Ours rather than GraphQL.NET's NoIntrospectionValidationRule, which refuses the same fields but as NO_INTROSPECTION
/// ("Introspection queries are not allowed."), where clients and tests know INTROSPECTION_DISABLED.
/// </summary>
public sealed class NoIntrospection : ValidationRuleBase
{
    public static readonly NoIntrospection Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name.Value.Span is "__schema" or "__type")
                validation.ReportError(new ValidationError(validation.Document.Source, number: null,
                    "This server does not answer introspection (__schema, __type).", field)
                { Code = ErrorCodes.IntrospectionDisabled });
        }));
}
