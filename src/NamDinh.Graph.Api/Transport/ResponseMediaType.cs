using Microsoft.Net.Http.Headers;

namespace NamDinh.Graph.Api.Transport;

/// <summary>
/// The two media types a GraphQL response is written in. application/graphql-response+json lets the status
/// code tell a request error (400) from a result; legacy application/json is answered with 200.
/// </summary>
public enum ResponseMediaType
{
    GraphQLResponseJson,
    Json,
}

/// <summary>How much the client wants an event stream (<see cref="ResponseMediaTypes.WantsEventStream"/>).</summary>
public enum EventStreamWanted
{
    No,
    ForASubscription,
    Always,
}

public static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    public static string ContentType(this ResponseMediaType mediaType) =>
        (mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJson : Json) + "; charset=utf-8";

    /// <summary>
    /// Chooses what to answer in from the Accept header: the client's most preferred type we write, with
    /// application/json for a missing header and for wildcards, as the GraphQL-over-HTTP spec asks of servers
    /// in its transition period. Null when the client accepts neither.
    /// </summary>
    public static ResponseMediaType? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return ResponseMediaType.Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
            return null;
        var preferred = ranges
            .Select((range, order) => (Type: Recognize(range), Quality: range.Quality ?? 1.0, order))
            .Where(candidate => candidate.Type is not null && candidate.Quality > 0)
            .OrderByDescending(candidate => candidate.Quality)
            .ThenBy(candidate => candidate.order)
            .FirstOrDefault();
        return preferred.Type;
    }

    /// <summary>
    /// Whether to answer with an event stream: always when text/event-stream is the client's preferred type (by
    /// q-value, then by order, as in <see cref="Negotiate"/>), only for a subscription when it is accepted below a
    /// JSON type (urql's default Accept lists it after three JSON types), never when it is not named.
    /// </summary>
    public static EventStreamWanted WantsEventStream(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
            return EventStreamWanted.No;
        (double Quality, int Order)? eventStream = null, json = null;
        for (var order = 0; order < ranges.Count; order++)
        {
            var quality = ranges[order].Quality ?? 1.0;
            if (quality <= 0)
                continue;
            if (ranges[order].MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase))
                eventStream = eventStream is { } known && known.Quality >= quality ? known : (quality, order);
            else if (Recognize(ranges[order]) is not null)
                json = json is { } known && known.Quality >= quality ? known : (quality, order);
        }
        if (eventStream is not { } stream)
            return EventStreamWanted.No;
        return json is not { } answer || stream.Quality > answer.Quality || (stream.Quality == answer.Quality && stream.Order < answer.Order)
            ? EventStreamWanted.Always
            : EventStreamWanted.ForASubscription;
    }

    private static ResponseMediaType? Recognize(MediaTypeHeaderValue range)
    {
        if (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return null;
        var type = range.MediaType.Value;
        if (string.Equals(type, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            return ResponseMediaType.GraphQLResponseJson;
        if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" || string.Equals(type, "application/*", StringComparison.OrdinalIgnoreCase))
            return ResponseMediaType.Json;
        return null;
    }
}
