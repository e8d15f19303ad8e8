// The floor of the HTTP benchmark (bench/run.sh): a minimal ASP.NET Core app that answers POST /<name> with bytes the
// GraphQL server gave earlier, so the benchmark can show what Kestrel alone costs for the same requests and responses.
// Bodies come from configuration, one file per name: --Bodies:a=/tmp/a.json --Bodies:b=/tmp/b.json serves POST /a and POST /b.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var bodies = app.Configuration.GetSection("Bodies").GetChildren().ToList();
if (bodies.Count == 0)
    throw new InvalidOperationException("No bodies to serve: pass --Bodies:<name>=<file>.");

foreach (var entry in bodies)
{
    var response = File.ReadAllBytes(entry.Value ?? throw new InvalidOperationException($"Bodies:{entry.Key} has no file."));
    app.MapPost("/" + entry.Key, async context =>
    {
        // Read the request to its end, as the GraphQL server does, so both pay for receiving it.
        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
                break;
        }
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        context.Response.ContentLength = response.Length;
        await context.Response.Body.WriteAsync(response, context.RequestAborted);
    });
}

app.Run();
