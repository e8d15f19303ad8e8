using Microsoft.Extensions.DependencyInjection.Extensions;
using NamDinh.Graph.Api.Hosting;
using NamDinh.Graph.Api.Transport.Clients;
using NamDinh.Graph.Api.Transport.EventStreams;
using NamDinh.Graph.Api.Transport.Http;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Transport;

public static class GraphQLTransports
{
    /// <summary>GraphQL over HTTP, over WebSocket (graphql-transport-ws) and over server-sent events (graphql-sse), at one path.</summary>
    public static IServiceCollection AddGraphQLTransports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings(configuration, GraphQLWebSocketOptions.SectionName, new GraphQLWebSocketOptionsValidator());
        services.TryAddSingleton<IConnectionAuthorizer, Auth.TokenConnectionAuthorizer>();
        services.AddSettings(configuration, SlowReaderOptions.SectionName, new SlowReaderOptionsValidator());
        services.AddSettings(configuration, HttpCachingOptions.SectionName, new HttpCachingOptionsValidator());
        return services.AddSingleton<GraphQLRequestReader>()
            .AddSingleton<GetCaching>()
            .AddSingleton<ConnectionCounter>()
            .AddSingleton<WebSocketEndpoint>()
            .AddSingleton<EventStreamEndpoint>()
            .AddSingleton<GraphQLHttpEndpoint>()
            .AddSingleton<ClientWrites>();
    }

    /// <summary>Serves GraphQL at <paramref name="path"/>: a WebSocket upgrade, an event stream or a plain HTTP request.</summary>
    public static WebApplication MapGraphQLTransports(this WebApplication app, string path)
    {
        app.UseWebSockets();
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map(path, endpoint.HandleAsync);
        return app;
    }
}
