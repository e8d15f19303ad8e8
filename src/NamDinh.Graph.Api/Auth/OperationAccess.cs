using GraphQL.Validation;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Auth;

/// <summary>
/// Who may run which kind of operation, before it runs: with Auth:AnonymousReads off, nothing without a token;
/// with Auth:PartnersOnlySubscriptions on, subscriptions for partners and admins only. Which report a mutation may
/// change is decided when it names one (<see cref="ReportPermissions"/>).
/// </summary>
public sealed class OperationAccess(AuthOptions options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation || Refusal(operation.Operation, validation) is not { } refusal)
                return;
            validation.ReportError(new ValidationError(validation.Document.Source, number: null, refusal.Message, operation) { Code = refusal.Code });
        }));

    /// <summary>Whether this rule can refuse an operation of this kind at all, whoever asks.</summary>
    public bool MayRefuse(OperationType operation) =>
        !options.AnonymousReads || (operation == OperationType.Subscription && options.PartnersOnlySubscriptions);

    private (string Code, string Message)? Refusal(OperationType operation, ValidationContext validation)
    {
        var user = validation.User;
        if (!options.AnonymousReads && !user.IsAuthenticated())
            return (ErrorCodes.Unauthenticated, "This server answers only requests with a token: send 'Authorization: Bearer <token>'.");
        if (operation == OperationType.Subscription && options.PartnersOnlySubscriptions && !user.HasRole(Roles.Partner) && !user.HasRole(Roles.Admin))
            return user.IsAuthenticated()
                ? (ErrorCodes.Forbidden, "Subscriptions are for partners on this server; this token is not a partner's.")
                : (ErrorCodes.Unauthenticated, "Subscriptions are for partners on this server: send a partner's token.");
        return null;
    }
}
