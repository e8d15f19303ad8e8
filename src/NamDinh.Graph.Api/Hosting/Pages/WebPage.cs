using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NamDinh.Graph.Api.Hosting.Pages;

/// <summary>
/// The page for people (src/NamDinh.Graph.Web, built by npm into its dist/ and copied beside the app under web/): its
/// index.html at "/", never cached, so a new build is seen at once; its other files under "/app/", the hashed ones
/// (assets/*) cached for a year. It reads only the public GraphQL API, and loads nothing from elsewhere.
/// </summary>
public static class WebPage
{
    public const string AssetsPath = "/app";
    private const string HashedAssetsPath = AssetsPath + "/assets/";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "web");

    public static WebApplication MapWebPage(this WebApplication app)
    {
        var files = new PhysicalFileProvider(EnsureBuilt(Folder));
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments(HashedAssetsPath.TrimEnd('/'))
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        app.MapGet("/", async (HttpContext http) =>
        {
            var page = files.GetFileInfo("index.html");
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            PageHeaders.Apply(http.Response, PageHeaders.ReportPagePolicy);
            await http.Response.SendFileAsync(page, http.RequestAborted);
        });
        return app;
    }

    private static string EnsureBuilt(string folder) =>
        File.Exists(Path.Combine(folder, "index.html"))
            ? folder
            : throw new InvalidOperationException($"The web page is not built at {folder}; 'dotnet build' runs npm to build it.");
}
