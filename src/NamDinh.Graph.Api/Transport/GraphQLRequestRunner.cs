using GraphQL;
using GraphQL.Validation;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Loading;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// Runs a GraphQL request for any transport as the user the transport authenticated, with the operations that
/// transport allows, the user may run, and the request's own grain loaders.
/// </summary>
public sealed class GraphQLRequestRunner(IDocumentExecuter<NamDinhSchema> executer, IGrainFactory grains, OperationAccess access)
{
    public Task<ExecutionResult> RunAsync(GraphQLHttpRequest request, HttpContext http, OperationsAllowed? only, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = GrainLoaders.NewUserContext(grains),
            CancellationToken = cancellationToken,
            ValidationRules = only is null ? [.. DocumentValidator.CoreRules, access] : [.. DocumentValidator.CoreRules, access, only],
        });
}
