using Microsoft.AspNetCore.StaticFiles;

namespace NamDinh.Graph.Api.Hosting.Pages;

public static class Pages
{
    public static IServiceCollection AddPages(this IServiceCollection services) => services.AddSingleton<GraphiQLPage>();

    /// <summary>The report page at "/", and GraphiQL's assets (its page is the GraphQL path's answer to a browser).</summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        var graphiQL = app.Services.GetRequiredService<GraphiQLPage>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = GraphiQLPage.AssetsPath,
            FileProvider = graphiQL.Assets,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
        });
        app.MapWebPage();
        return app;
    }
}
