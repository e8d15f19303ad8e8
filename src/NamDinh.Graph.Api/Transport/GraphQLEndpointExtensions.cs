using Microsoft.AspNetCore.StaticFiles;

namespace NamDinh.Graph.Api.Transport;

public static class GraphQLEndpointExtensions
{
    public static IServiceCollection AddGraphQLHttpTransport(this IServiceCollection services) =>
        services.AddSingleton<GraphQLRequestReader>()
            .AddSingleton<GraphQLHttpEndpoint>()
            .AddSingleton<GraphiQLPage>();

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
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map(path, endpoint.HandleAsync);
        app.MapGet("/", () => Results.Redirect(path));
        return app;
    }
}
