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

public static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

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
