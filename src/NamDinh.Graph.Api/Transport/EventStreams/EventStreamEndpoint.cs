using System.Buffers;
using System.Net.ServerSentEvents;
using GraphQL;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Transport.Http;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Transport.EventStreams;

/// <summary>
/// GraphQL over server-sent events, as the graphql-sse protocol's distinct connections mode describes it, for
/// clients that cannot open a WebSocket: one request, one event stream of "next" events ending with "complete"
/// (<see cref="EventNames"/>). A request that fails validation is answered 400 with its errors as JSON. A stream
/// counts against the client's cap of streaming connections, shared with WebSockets (429 beyond). A client too slow
/// to read is cut off: its connection is aborted once more than the queue's messages or bytes wait for it, or an event
/// is not taken within the write timeout (<see cref="Clients.ClientWrites"/>).
/// </summary>
public sealed class EventStreamEndpoint(
    GraphQLRequestRunner runner,
    GraphQLRequestReader reader,
    IGraphQLTextSerializer serializer,
    BoundedJson json,
    Clients.ClientWrites writes,
    ConnectionCounter connections,
    Microsoft.Extensions.Options.IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<EventStreamEndpoint> logger)
{
    public const string MediaType = ResponseMediaTypes.EventStream;

    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, POST";
            return;
        }
        GraphQLHttpRequest? request;
        RequestRejection? rejection;
        if (isGet)
            reader.TryReadGet(http.Request.Query, out request, out rejection);
        else
            (request, rejection) = await ReadPostAsync(http);
        if (request is null)
        {
            var refused = rejection ?? throw new InvalidOperationException("The reader answered neither a request nor a rejection.");
            await WriteJsonAsync(http, refused.StatusCode, new ExecutionResult { Errors = [new ExecutionError(refused.Message) { Code = refused.Code }] });
            return;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var result = await runner.RunAsync(request, http, isGet ? OperationsAllowed.OverEventStreamGet : null, stopping.Token);
        await AnswerAsync(http, result);
    }

    /// <summary>
    /// Answers a request that ran: refused, with its errors as JSON; else as an event stream, each result a "next"
    /// event (a subscription's events, or a query's one answer), then "complete".
    /// </summary>
    public async Task AnswerAsync(HttpContext http, ExecutionResult result)
    {
        if (!result.Executed)
        {
            await WriteJsonAsync(http, RefusalStatus.Of(result, http), result);
            return;
        }

        using var opened = connections.TryOpenEventStream(Clients.ClientKey.Of(http), options.Value.MaxConnectionsPerClient);
        if (opened is null)
        {
            await TooManyConnections.RefuseAsync(http, options.Value.MaxConnectionsPerClient);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted);

        var events = new EventBacklog(options.Value.MaxQueuedMessages, options.Value.MaxQueuedBytes, json, tooSlow: http.Abort, logger);
        using var subscription = result.Streams is { Count: > 0 } streams
            ? streams.Values.Single().Subscribe(events)
            : null;
        if (subscription is null)
        {
            events.OnNext(result);
            events.OnCompleted();
        }
        // A server shutting down ends the stream as complete, so the client knows it ended and may reconnect elsewhere.
        using var shuttingDown = lifetime.ApplicationStopping.Register(events.OnCompleted);
        try
        {
            // SseFormatter frames the events; ClientWrites still takes each to the client within the write timeout.
            await SseFormatter.WriteAsync(events.ReadAllAsync(http.RequestAborted), new Clients.ClientStream(http, writes),
                static (item, buffer) => buffer.Write(item.Data.Span), http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<(GraphQLHttpRequest? Request, RequestRejection? Rejection)> ReadPostAsync(HttpContext http)
    {
        var (requests, _, rejection) = await reader.ReadPostAsync(http.Request, batchAllowed: false, http.RequestAborted);
        return (requests?[0], rejection);
    }

    private async Task WriteJsonAsync(HttpContext http, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

}
