using System.Text.Encodings.Web;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Abstractions.Changes;
using NamDinh.Graph.Api.Changes;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Subscriptions;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Api.Hosting.Pages;
using NamDinh.Graph.Api.Hosting.Telemetry;
using NamDinh.Graph.Api.Reports;
using NamDinh.Graph.Api.Transport;

namespace NamDinh.Graph.Api.Schema;

public static class GraphQLServiceExtensions
{
    /// <summary>The schema, its executer and serializer, the runner, and the transports and pages in front of them.</summary>
    public static IServiceCollection AddNamDinhGraphQL(this IServiceCollection services, IConfiguration configuration, TelemetryOptions? telemetry = null)
    {
        services.AddSingleton<ReportReader>();
        services.AddSingleton<ReportEditing>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
        services.AddSingleton<IChangeReceiver>(provider => provider.GetRequiredService<ChangeFeed>());
        services.AddSettings<ChangeOptions>(configuration, ChangeOptions.SectionName);
        services.AddSingleton<ChangeReconciler>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeReconciler>());
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<NamDinhSchema>()
            .AddGraphTypes(typeof(NamDinhSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<SafeErrorInfoProvider>()
            // A subscription event is executed once for all the subscribers that asked for it alike.
            .AddExecutionStrategy<SharedSubscriptionExecution>(GraphQLParser.AST.OperationType.Subscription)
            .AddUnhandledExceptionHandler(context =>
            {
                if (context.ExecutionOptions.RequestServices?.GetService<ILogger<NamDinhSchema>>() is { } logger)
                    CorrelationId.LogUnhandled(context, logger);
            }));
        if (telemetry is { Enabled: true })
            // The operation's name and type are recorded, not its text: inline values may be figures and reasons of changes not yet public.
            services.AddGraphQL(graphQL => graphQL.UseTelemetry(options => options.RecordDocument = false));
        services.AddGraphQLExecution(configuration);
        services.AddGraphQLTransports(configuration);
        services.AddPages();
        return services;
    }
}
