using NamDinh.Graph.Api.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Api.Transport.EventStreams;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Transport;

public static class GraphQLEndpointExtensions
{
    public static IServiceCollection AddGraphQLHttpTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection(GraphQLWebSocketOptions.SectionName));
        services.TryAddSingleton<IConnectionAuthorizer, Auth.TokenConnectionAuthorizer>();
        services.AddSingleton<Auth.OperationAccess>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.Section<Clients.SlowReaderOptions>(Clients.SlowReaderOptions.SectionName));
        services.AddSingleton(configuration.Section<Limits.RequestLimits>(Limits.RequestLimits.SectionName));
        services.AddSingleton<Limits.OperationShape>();
        services.AddSingleton(configuration.Section<PersistedOperationOptions>(PersistedOperationOptions.SectionName));
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton(configuration.Section<HttpCachingOptions>(HttpCachingOptions.SectionName));
        services.AddSingleton<PersistedOperations>();
        return services.AddSingleton<GraphQLRequestReader>()
            .AddSingleton<GraphQLRequestRunner>()
            .AddSingleton<RequestLog>()
            .AddSingleton<DocumentCache>()
            .AddSingleton<ResponseCache>()
            .AddSingleton<GetCaching>()
            .AddSingleton<ConnectionCounter>()
            .AddSingleton<WebSocketEndpoint>()
            .AddSingleton<EventStreamEndpoint>()
            .AddSingleton<GraphQLHttpEndpoint>()
            .AddSingleton<BoundedJson>()
            .AddSingleton<Clients.ClientWrites>()
            .AddSingleton<GraphiQLPage>();
    }

    /// <summary>Serves GraphQL over HTTP at <paramref name="path"/> and GraphiQL's assets beside it.</summary>
    public static WebApplication MapGraphQLHttp(this WebApplication app, string path)
    {
        var graphiQL = app.Services.GetRequiredService<GraphiQLPage>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = GraphiQLPage.AssetsPath,
            FileProvider = graphiQL.Assets,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
        });
        app.UseWebSockets();
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map(path, endpoint.HandleAsync);
        app.MapWebPage();
        return app;
    }
}
