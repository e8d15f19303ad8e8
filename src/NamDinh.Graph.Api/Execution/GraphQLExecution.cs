using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Execution;

public static class GraphQLExecution
{
    /// <summary>What runs a request for every transport: the runner, its limits, both caches, persisted operations and the request log.</summary>
    public static IServiceCollection AddGraphQLExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Auth.OperationAccess>();
        services.AddSingleton(configuration.Section<RequestLimits>(RequestLimits.SectionName));
        services.AddSingleton<OperationShape>();
        services.AddSingleton(configuration.Section<PersistedOperationOptions>(PersistedOperationOptions.SectionName));
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<PersistedOperations>();
        return services.AddSingleton<GraphQLRequestRunner>()
            .AddSingleton<RequestLog>()
            .AddSingleton<DocumentCache>()
            .AddSingleton<ResponseCache>()
            .AddSingleton<BoundedJson>();
    }
}
