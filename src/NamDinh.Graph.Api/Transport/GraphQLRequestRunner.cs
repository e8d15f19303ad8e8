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
/// transport allows, the user may run and the limits allow, and the request's own grain loaders.
/// </summary>
public sealed class GraphQLRequestRunner(
    IDocumentExecuter<NamDinhSchema> executer,
    IGrainFactory grains,
    OperationAccess access,
    OperationShape shape,
    RequestLimits limits)
{
    private readonly IValidationRule[] _rules = limits.Introspection
        ? [.. DocumentValidator.CoreRules, access, shape]
        : [.. DocumentValidator.CoreRules, access, shape, NoIntrospection.Instance];

    public async Task<ExecutionResult> RunAsync(GraphQLHttpRequest request, HttpContext http, OperationsAllowed? only, CancellationToken cancellationToken)
    {
        if (DocumentTokens.CountUpTo(request.Query, limits.MaxTokens) > limits.MaxTokens)
            return new ExecutionResult
            {
                Errors = [new ExecutionError($"The document has more than {limits.MaxTokens} tokens.") { Code = ErrorCodes.QueryTooLarge }],
            };
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = GrainLoaders.NewUserContext(grains),
            CancellationToken = cancellationToken,
            ValidationRules = only is null ? _rules : [.. _rules, only],
        });
    }
}
