using Microsoft.Net.Http.Headers;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>
/// The two media types a GraphQL response is written in. application/graphql-response+json lets the status
/// code tell a request error (400) from a result; legacy application/json is answered with 200.
/// </summary>
public enum ResponseMediaType
{
    GraphQLResponseJson,
    Json,
}

/// <summary>How much the client wants an event stream (<see cref="ResponseMediaTypes.Read"/>).</summary>
public enum EventStreamWanted
{
    No,
    ForASubscription,
    Always,
}

/// <summary>What an Accept header asks for (<see cref="ResponseMediaTypes.Read"/>).</summary>
public readonly record struct AcceptedTypes(ResponseMediaType? Answer, EventStreamWanted EventStream);

public static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    public static string ContentType(this ResponseMediaType mediaType) =>
        (mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJson : Json) + "; charset=utf-8";

    /// <summary>
    /// Reads the Accept header once for both choices. What to answer in: the client's most preferred JSON type we write
    /// (by q-value, then by order), with application/json for a missing header and for wildcards, as the
    /// GraphQL-over-HTTP spec asks of servers in its transition period; null when the client accepts neither. And
    /// whether to answer with an event stream: always when text/event-stream ranks above every JSON type, only for a
    /// subscription when it ranks below one (urql's default Accept lists it after three JSON types), never when it is
    /// not named.
    /// </summary>
    public static AcceptedTypes Read(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return new(ResponseMediaType.Json, EventStreamWanted.No);
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
            return new(null, EventStreamWanted.No);
        Ranked<ResponseMediaType>? json = null;
        Ranked<string>? eventStream = null;
        for (var order = 0; order < ranges.Count; order++)
        {
            var quality = ranges[order].Quality ?? 1.0;
            if (quality <= 0)
                continue;
            if (ranges[order].MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase))
                eventStream = Preferred(eventStream, new(EventStream, quality, order));
            else if (Recognize(ranges[order]) is { } type)
                json = Preferred(json, new(type, quality, order));
        }
        var wanted = eventStream is not { } stream ? EventStreamWanted.No
            : json is not { } answer || stream.RanksAbove(answer) ? EventStreamWanted.Always
            : EventStreamWanted.ForASubscription;
        return new(json?.Type, wanted);
    }

    /// <summary>A type the client accepts, with its q-value and its place in the header.</summary>
    private readonly record struct Ranked<T>(T Type, double Quality, int Order)
    {
        public bool RanksAbove<TOther>(Ranked<TOther> other) => Quality > other.Quality || (Quality == other.Quality && Order < other.Order);
    }

    private static Ranked<T>? Preferred<T>(Ranked<T>? known, Ranked<T> candidate) =>
        known is { } kept && !candidate.RanksAbove(kept) ? kept : candidate;

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
