using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphQL.DI;
using GraphQL.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NamDinh.Graph.Api.Tests.Operations;

/// <summary>
/// With Telemetry:OtlpEndpoint set, the server sends traces and metrics to that OpenTelemetry collector over OTLP
/// (HTTP and protobuf unless told otherwise), under the service name namdinh-graph: spans of ASP.NET Core's requests,
/// GraphQL.NET's operations and Orleans' grain calls; ASP.NET Core's, Orleans' and the .NET runtime's metrics. The collector here is a listener that keeps what it is sent. Without an endpoint
/// nothing is recorded: the server has no tracer or meter provider and GraphQL.NET no telemetry step.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryIsExportedOverOtlpWhenConfigured(ApiFactory defaultServer)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Traces_and_metrics_reach_the_collector()
    {
        using var collector = Collector.Start();
        using var api = new ApiFactory();
        using var server = api.WithWebHostBuilder(builder => builder
            .UseSetting("Telemetry:OtlpEndpoint", collector.Address)
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "300"));

        var answer = await new GraphQLClient(server.CreateClient()).PostAsync("""query TelemetryProbe { report(province: "nam-dinh", year: 2021) { version } }""");
        Assert.Empty(answer.Errors);

        string[] spans = ["namdinh-graph", "http.request.method", "/graphql", "graphql.operation.name", "graphql.operation.type", "TelemetryProbe", "Microsoft.Orleans.Application"];
        string[] metrics = ["namdinh-graph", "http.server.request.duration", "orleans-catalog-activations", "dotnet.gc"];
        var traced = await collector.WaitForAsync("/v1/traces", spans);
        var measured = await collector.WaitForAsync("/v1/metrics", metrics);

        Assert.True(traced.Missing.Length == 0, $"The traces sent ({traced.Posts} posts) lack: {string.Join(", ", traced.Missing)}");
        Assert.True(measured.Missing.Length == 0, $"The metrics sent ({measured.Posts} posts) lack: {string.Join(", ", measured.Missing)}");
        Assert.False(collector.Received("/v1/traces", "nam-dinh"), "The traces hold the operation's text, and with it the values it was sent.");
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_recorded()
    {
        Assert.Null(defaultServer.Services.GetService<TracerProvider>());
        Assert.Null(defaultServer.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(defaultServer.Services.GetServices<IConfigureExecution>(), step => step is GraphQLTelemetryProvider);
    }

    /// <summary>An OTLP/HTTP collector on a free loopback port that answers every export with success and keeps each body by path.</summary>
    private sealed class Collector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _posts = new();

        private Collector(int port)
        {
            Address = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Address + "/");
        }

        public string Address { get; }

        public static Collector Start()
        {
            var collector = new Collector(FreePort());
            collector._listener.Start();
            _ = collector.ListenAsync();
            return collector;
        }

        /// <summary>Waits until the bodies posted to <paramref name="path"/> hold <paramref name="text"/> as UTF-8, or patience runs out.</summary>
        public bool Received(string path, string text) =>
            _posts.Any(post => post.Path == path && post.Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);

        public async Task<(int Posts, string[] Missing)> WaitForAsync(string path, string[] needles)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (true)
            {
                var bodies = _posts.Where(post => post.Path == path).Select(post => post.Body).ToList();
                var missing = needles.Where(needle => !bodies.Any(body => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0)).ToArray();
                if (missing.Length == 0 || DateTime.UtcNow > deadline)
                    return (bodies.Count, missing);
                await Task.Delay(100);
            }
        }

        private async Task ListenAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                if (context.Request.HttpMethod == "POST")
                    _posts.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
