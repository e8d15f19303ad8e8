using GraphQL;
using GraphQL.Validation;
using NamDinh.Graph.Api.Schema;

namespace NamDinh.Graph.Api.Transport;

/// <summary>Runs a GraphQL request for any transport, with the operations that transport allows.</summary>
public sealed class GraphQLRequestRunner(IDocumentExecuter<NamDinhSchema> executer)
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
            CancellationToken = cancellationToken,
            ValidationRules = only is null ? null : [.. DocumentValidator.CoreRules, only],
        });
}
