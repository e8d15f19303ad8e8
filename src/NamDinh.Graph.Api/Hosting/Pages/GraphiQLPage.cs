using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NamDinh.Graph.Api.Hosting.Pages;

/// <summary>
/// GraphiQL, the in-browser GraphQL IDE, served from the app's own files (built by npm into GraphiQL/dist and copied beside the app),
/// never from a CDN. A browser that asks /graphql for HTML without a query gets the page.
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetsPath = "/graphiql";

    public IFileProvider Assets { get; } = new PhysicalFileProvider(EnsureBuilt(Path.Combine(AppContext.BaseDirectory, "GraphiQL", "dist")));

    private string? _policy;

    public static bool IsWantedBy(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async Task WriteAsync(HttpContext http)
    {
        var page = Assets.GetFileInfo("index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        _policy ??= PageHeaders.GraphiQLPolicy(await File.ReadAllTextAsync(page.PhysicalPath!, http.RequestAborted));
        PageHeaders.Apply(http.Response, _policy);
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }

    private static string EnsureBuilt(string folder) =>
        File.Exists(Path.Combine(folder, "index.html"))
            ? folder
            : throw new InvalidOperationException($"GraphiQL is not built at {folder}; 'dotnet build' runs npm to build it.");
}
