using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Api.Execution.Compiled;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Execution;

public static class GraphQLExecution
{
    /// <summary>What runs a request for every transport: the runner, its limits, the planned answers, both caches, persisted operations and the request log.</summary>
    public static IServiceCollection AddGraphQLExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Auth.OperationAccess>();
        services.AddSettings(configuration, RequestLimits.SectionName, new RequestLimitsValidator());
        services.AddSingleton<OperationShape>();
        services.AddSettings(configuration, PersistedOperationOptions.SectionName, new PersistedOperationOptionsValidator());
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSettings<CompiledPlanSettings>(configuration, CompiledPlanSettings.SectionName);
        services.AddSingleton<PlanUse>();
        services.Replace(ServiceDescriptor.Singleton<IExecutionStrategySelector, PlannedStrategySelector>());
        services.AddSingleton<PersistedOperations>();
        return services.AddSingleton<GraphQLRequestRunner>()
            .AddSingleton<RequestLog>()
            .AddSingleton<DocumentCache>()
            .AddSingleton<ResponseCache>()
            .AddSingleton<BoundedJson>()
            .AddSingleton<Subscriptions.SubscriptionFanOut>();
    }
}
