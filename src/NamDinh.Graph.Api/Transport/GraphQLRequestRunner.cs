using GraphQL;
using GraphQL.Validation;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Limits;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// Runs a GraphQL request for any transport as the user the transport authenticated, with the operations that
/// transport allows, the user may run and the limits allow, and the request's own grain loaders. A request may name a
/// registered operation instead of sending its text (<see cref="PersistedOperations"/>).
/// </summary>
public sealed class GraphQLRequestRunner(
    IDocumentExecuter<NamDinhSchema> executer,
    IGrainFactory grains,
    OperationAccess access,
    OperationShape shape,
    RequestLimits limits,
    PersistedOperations persisted)
{
    private readonly IValidationRule[] _rules = limits.Introspection
        ? [.. DocumentValidator.CoreRules, access, shape]
        : [.. DocumentValidator.CoreRules, access, shape, NoIntrospection.Instance];

    public async Task<ExecutionResult> RunAsync(GraphQLHttpRequest asked, HttpContext http, OperationsAllowed? only, CancellationToken cancellationToken)
    {
        var (request, refusal) = persisted.Resolve(asked);
        if (refusal is not null)
            return new ExecutionResult { Errors = [refusal] };
        if (DocumentTokens.CountUpTo(request!.Query!, limits.MaxTokens) > limits.MaxTokens)
            return new ExecutionResult
            {
                Errors = [new ExecutionError($"The document has more than {limits.MaxTokens} tokens.") { Code = ErrorCodes.QueryTooLarge }],
            };
        var userContext = GrainLoaders.NewUserContext(grains);
        CorrelationId.Remember(userContext, CorrelationId.Of(http));
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext,
            CancellationToken = cancellationToken,
            ValidationRules = only is null ? _rules : [.. _rules, only],
        });
    }
}
