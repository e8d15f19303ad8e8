using GraphQL;
using Microsoft.Net.Http.Headers;
using NamDinh.Graph.Api.Auth;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Limits;
using NamDinh.Graph.Api.Hosting.Pages;
using NamDinh.Graph.Api.Transport.EventStreams;
using NamDinh.Graph.Api.Transport.WebSockets;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>
/// GraphQL over HTTP at one path, as the GraphQL-over-HTTP spec describes it: GET for queries, POST for
/// everything, a response in application/graphql-response+json (400 for a request error) or in legacy
/// application/json (200), as the client's Accept header asks. A browser asking for HTML gets GraphiQL; a
/// WebSocket upgrade goes to graphql-transport-ws; server-sent events answer a client that prefers text/event-stream,
/// and a subscription from one that accepts it below JSON (<see cref="ResponseMediaTypes.Read"/>). A bearer
/// token that is not valid is refused with 401 before anything runs; without one the client is anonymous. A POST of a
/// JSON array is a batch, run in order and answered with an array; its requests share one cost budget
/// (<see cref="BatchBudget"/>). No answer is longer than <see cref="RequestLimits.MaxResponseBytes"/>: it
/// is written into memory up to that and sent once whole, so a client never receives part of one.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    GraphQLRequestRunner runner,
    GraphQLRequestReader reader,
    IGraphQLTextSerializer serializer,
    GraphiQLPage graphiQL,
    WebSocketEndpoint webSockets,
    EventStreamEndpoint eventStreams,
    TokenCheck tokens,
    ResponseCache responses,
    GetCaching caching,
    RequestLog log,
    BoundedJson json,
    Clients.ClientWrites writes,
    RequestLimits limits,
    ILogger<GraphQLHttpEndpoint> logger)
{
    /// <summary>
    /// Answers one request. Whatever fails below that a resolver did not catch is logged under the request's
    /// correlation id and answered 500 INTERNAL_SERVER_ERROR with that id, and nothing else about it.
    /// </summary>
    public async Task HandleAsync(HttpContext http)
    {
        var correlationId = CorrelationId.Of(http);
        try
        {
            await AnswerAsync(http);
        }
        catch (Exception broken) when (broken is BadHttpRequestException or IOException && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            // The request itself is broken at the HTTP level (a bad chunk, a body cut short): the client's to fix.
            http.Response.StatusCode = broken is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await WriteAsync(http, ResponseMediaType.Json, new ExecutionResult
            {
                Errors = [new ExecutionError("The request could not be read: its HTTP framing is broken.") { Code = ErrorCodes.BadRequest }],
            });
        }
        catch (Exception error) when (!http.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(error, http.Request.Method, http.Request.Path, correlationId);
            if (http.Response.HasStarted)
                return;
            http.Response.Clear();
            http.Response.Headers[CorrelationId.Header] = correlationId;
            var unexpected = new ExecutionError($"The server could not answer. The error is logged under correlation id {correlationId}.") { Code = ErrorCodes.InternalServerError };
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await WriteAsync(http, ResponseMediaType.Json, new ExecutionResult { Errors = [unexpected.With("correlationId", correlationId)] });
        }
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        if (http.WebSockets.IsWebSocketRequest)
        {
            await webSockets.AcceptAsync(http);
            return;
        }
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (isGet && GraphiQLPage.IsWantedBy(request))
        {
            await graphiQL.WriteAsync(http);
            return;
        }

        var accepted = ResponseMediaTypes.Read(request.Headers.Accept);
        var token = await tokens.CheckAsync(http);
        if (token.Refusal is { } refusal)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteRejectionAsync(http, accepted.Answer ?? ResponseMediaType.Json,
                new RequestRejection(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refusal));
            return;
        }
        http.User = token.User!;

        var eventStream = accepted.EventStream;
        if (eventStream == EventStreamWanted.Always)
        {
            await eventStreams.HandleAsync(http);
            return;
        }

        var mediaType = accepted.Answer;
        if (mediaType is null)
        {
            await WriteRejectionAsync(http, ResponseMediaType.Json, new RequestRejection(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"This endpoint answers in '{ResponseMediaTypes.GraphQLResponseJson}' or '{ResponseMediaTypes.Json}'; the Accept header allows neither."));
            return;
        }
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteRejectionAsync(http, mediaType.Value, new RequestRejection(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"Method {request.Method} is not supported; use GET for queries or POST."));
            return;
        }

        if (isGet)
        {
            if (!reader.TryReadGet(request.Query, out var query, out var refused))
            {
                await WriteRejectionAsync(http, mediaType.Value, refused);
                return;
            }
            await RunOneAsync(http, mediaType.Value, query, eventStream == EventStreamWanted.ForASubscription ? OperationsAllowed.OverEventStreamGet : OperationsAllowed.OverGet);
            return;
        }

        var (requests, isBatch, rejection) = await reader.ReadPostAsync(request, batchAllowed: true, http.RequestAborted);
        if (rejection is not null || requests is null)
        {
            await WriteRejectionAsync(http, mediaType.Value, rejection ?? throw new InvalidOperationException("The reader answered neither requests nor a rejection."));
            return;
        }
        if (!isBatch)
        {
            await RunOneAsync(http, mediaType.Value, requests[0], eventStream == EventStreamWanted.ForASubscription ? OperationsAllowed.OverPostOrEventStream : OperationsAllowed.OverPost);
            return;
        }
        // A batch runs in order, one request after another (a mutation sees the ones before it), and answers an array.
        var budget = new BatchBudget(limits.MaxComplexity);
        var results = new List<ExecutionResult>(requests.Count);
        foreach (var each in requests)
            results.Add(await runner.RunAsync(each, http, OperationsAllowed.OverPost, http.RequestAborted, budget: budget));
        http.Response.StatusCode = StatusCodes.Status200OK;
        await WriteBytesAsync(http, mediaType.Value, BatchBody(results));
    }

    /// <summary>
    /// A batch's answers as a JSON array, all of them within <see cref="RequestLimits.MaxResponseBytes"/>: the
    /// first answer that would take the array over it, and each after it, is replaced by RESPONSE_TOO_LARGE.
    /// </summary>
    private byte[] BatchBody(List<ExecutionResult> results)
    {
        using var body = new MemoryStream();
        body.WriteByte((byte)'[');
        var overLimit = false;
        foreach (var result in results)
        {
            if (body.Length > 1)
                body.WriteByte((byte)',');
            var (answer, fits) = overLimit ? (json.TooLarge, false) : json.Answer(result, room: limits.MaxResponseBytes - (int)body.Length);
            overLimit = !fits;
            body.Write(answer.Span);
        }
        body.WriteByte((byte)']');
        return body.ToArray();
    }

    /// <summary>The body of one answer within <see cref="RequestLimits.MaxResponseBytes"/>, or RESPONSE_TOO_LARGE (400 in graphql-response+json, which has no data then).</summary>
    private ReadOnlyMemory<byte> BodyOf(HttpContext http, ResponseMediaType mediaType, ExecutionResult result)
    {
        var (body, fits) = json.Answer(result);
        if (!fits && mediaType == ResponseMediaType.GraphQLResponseJson)
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return body;
    }

    /// <summary>
    /// Runs one request, or answers 304 to a GET whose answer has not changed since the client's ETag
    /// (<see cref="GetCaching"/>), or gives the answer kept for the same query (<see cref="ResponseCache"/>); gives a
    /// GET's answer its ETag, and keeps the answer when it may.
    /// </summary>
    private async Task RunOneAsync(HttpContext http, ResponseMediaType mediaType, GraphQLHttpRequest request, OperationsAllowed allowed)
    {
        string? identity = null;
        string Identity() => identity ??= RequestIdentity.Of(request, mediaType, serializer);
        var revalidates = caching.Applies(http);
        if (revalidates && await caching.IsUnchangedAsync(http, Identity()))
        {
            log.AnsweredFromCache(http, request);
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            http.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
            return;
        }
        // A GET that revalidates needs an ETag: an answer kept without one (a POST's) is computed again, and kept with it.
        if (responses.Keeps(request) && responses.Find(Identity()) is { } kept && (!revalidates || kept.ETag is not null))
        {
            log.AnsweredFromCache(http, request);
            http.Response.StatusCode = StatusCodes.Status200OK;
            if (revalidates && kept.ETag is not null)
                caching.AnsweredAgain(http, kept.ETag);
            await WriteBytesAsync(http, mediaType, kept.Body);
            return;
        }
        var reads = revalidates || responses.MayKeep(request) ? new Loading.WhatWasRead() : null;
        var began = responses.Now;
        var result = await runner.RunAsync(request, http, allowed, http.RequestAborted, reads);
        if (revalidates && reads is not null)
            caching.Answered(http, Identity(), reads, result);
        if (result.Streams is { Count: > 0 })
        {
            // A subscription, from a client that accepts an event stream below JSON.
            await eventStreams.AnswerAsync(http, result);
            return;
        }
        http.Response.StatusCode = StatusFor(result, mediaType, http);
        // A document that ran for the first time is known now, so its answer may be kept.
        if (!result.Executed || result.Errors is { Count: > 0 } || reads is null || !responses.Keeps(request))
        {
            await WriteAsync(http, mediaType, result);
            return;
        }
        var body = BodyOf(http, mediaType, result);
        if (http.Response.StatusCode == StatusCodes.Status200OK)
            responses.Add(Identity(), body.ToArray(), http.Response.Headers.ETag.FirstOrDefault(), began, reads);
        await WriteBytesAsync(http, mediaType, body);
    }

    /// <summary>200 for a request that ran; for one refused before it ran, its refusal's status, or 200 in legacy application/json.</summary>
    private static int StatusFor(ExecutionResult result, ResponseMediaType mediaType, HttpContext http)
    {
        if (result.Executed)
            return StatusCodes.Status200OK;
        var status = RefusalStatus.Of(result, http);
        return mediaType == ResponseMediaType.GraphQLResponseJson || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status405MethodNotAllowed
            ? status
            : StatusCodes.Status200OK;
    }

    private Task WriteRejectionAsync(HttpContext http, ResponseMediaType mediaType, RequestRejection rejection)
    {
        http.Response.StatusCode = rejection.StatusCode;
        return WriteAsync(http, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(rejection.Message) { Code = rejection.Code }],
        });
    }

    /// <summary>Writes one answer in the media type negotiated.</summary>
    private Task WriteAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result) =>
        WriteBytesAsync(http, mediaType, BodyOf(http, mediaType, result));

    private async Task WriteBytesAsync(HttpContext http, ResponseMediaType mediaType, ReadOnlyMemory<byte> answer)
    {
        if (StartAnswer(http, mediaType))
            await writes.WriteAsync(http, answer);
    }

    /// <summary>Sets the answer's headers; false for a HEAD request, which gets no body.</summary>
    private static bool StartAnswer(HttpContext http, ResponseMediaType mediaType)
    {
        http.Response.ContentType = mediaType.ContentType();
        http.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        return !HttpMethods.IsHead(http.Request.Method);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while answering {Method} {Path}; correlation id {CorrelationId}.")]
    private partial void LogUnhandled(Exception error, string method, PathString path, string correlationId);
}
