using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Execution;
using NamDinh.Graph.Api.Execution.Limits;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>
/// Reads a GraphQL request from a GET query string or a POST JSON body, as the GraphQL-over-HTTP spec
/// describes them, and tells precisely what is wrong with a request it cannot read.
/// </summary>
public sealed class GraphQLRequestReader(RequestLimits limits)
{
    public bool TryReadGet(IQueryCollection query, [NotNullWhen(true)] out GraphQLHttpRequest? request, [NotNullWhen(false)] out RequestRejection? rejection)
    {
        try
        {
            request = Checked(new GraphQLHttpRequest(
                Single(query, "query"),
                Single(query, "operationName"),
                ParseJsonParameter(Single(query, "variables"), "variables"),
                ParseJsonParameter(Single(query, "extensions"), "extensions"),
                Single(query, "documentId")));
            rejection = null;
            return true;
        }
        catch (BadParameterException bad)
        {
            (request, rejection) = (null, BadRequest(bad.Message));
            return false;
        }
    }

    /// <summary>A POST of one request (a JSON object) or, where <paramref name="batchAllowed"/>, of a batch (a JSON array of them).</summary>
    public async Task<(IReadOnlyList<GraphQLHttpRequest>? Requests, bool IsBatch, RequestRejection? Rejection)> ReadPostAsync(
        HttpRequest http, bool batchAllowed, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType))
            return Refused(new RequestRejection(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "A POST needs the header 'Content-Type: application/json'."));
        if (!string.Equals(contentType.MediaType.Value, ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            return Refused(new RequestRejection(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Content type '{http.ContentType}' is not supported; send 'application/json' in UTF-8."));

        JsonDocument body;
        try
        {
            if (http.ContentLength > limits.MaxRequestBytes)
                throw new CappedStream.TooLongException();
            // Parsed as it arrives, through pooled buffers, and cut off once it passes the limit.
            body = await JsonDocument.ParseAsync(new CappedStream(http.Body, limits.MaxRequestBytes), default, cancellationToken);
        }
        catch (CappedStream.TooLongException)
        {
            return Refused(new RequestRejection(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"The body is larger than {limits.MaxRequestBytes} bytes."));
        }
        catch (JsonException error)
        {
            return Refused(BadRequest(error.BytePositionInLine is { } at && error.LineNumber is { } line
                ? $"The body is not valid JSON (line {line + 1}, byte {at + 1})."
                : "The body is not valid JSON."));
        }

        using (body)
        {
            try
            {
                var root = body.RootElement;
                if (root.ValueKind != JsonValueKind.Array || !batchAllowed)
                    return ([ReadBody(root)], false, null);
                var count = root.GetArrayLength();
                if (count == 0)
                    return Refused(BadRequest("The batch is empty: send at least one request in the array."));
                if (count > limits.MaxBatchSize)
                    return Refused(new RequestRejection(StatusCodes.Status400BadRequest, ErrorCodes.BatchTooLarge,
                        $"The batch holds {count} requests; at most {limits.MaxBatchSize} are allowed."));
                return ([.. root.EnumerateArray().Select(ReadBody)], true, null);
            }
            catch (BadParameterException bad)
            {
                return Refused(BadRequest(bad.Message));
            }
        }

        static (IReadOnlyList<GraphQLHttpRequest>?, bool, RequestRejection?) Refused(RequestRejection rejection) => (null, false, rejection);
    }

    /// <summary>Reads a request from a JSON object already parsed (a WebSocket subscribe message's payload).</summary>
    public bool TryRead(JsonElement payload, [NotNullWhen(true)] out GraphQLHttpRequest? request, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            (request, problem) = (ReadBody(payload), null);
            return true;
        }
        catch (BadParameterException bad)
        {
            (request, problem) = (null, bad.Message);
            return false;
        }
    }

    /// <summary>
    /// Reads one request object. JSON the parser accepts can still hold what no request may: a string that is not
    /// valid UTF-8 (or a lone surrogate escape), or a key twice in variables; those are the client's to fix too.
    /// </summary>
    private GraphQLHttpRequest ReadBody(JsonElement root)
    {
        try
        {
            return ReadFields(root);
        }
        catch (InvalidOperationException)
        {
            throw new BadParameterException("The request holds a string that is not valid UTF-8 text (or a lone surrogate escape).");
        }
        catch (ArgumentException)
        {
            throw new BadParameterException("The request holds a key twice in one JSON object.");
        }
        catch (JsonException)
        {
            throw new BadParameterException("The request holds a JSON value that cannot be read as GraphQL input.");
        }
    }

    private static GraphQLHttpRequest ReadFields(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new BadParameterException("The body must be a JSON object with a 'query' string (or a JSON array of them, a batch).");
        string? query = null, operationName = null, documentId = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query": query = StringOrNull(property); break;
                case "operationName": operationName = StringOrNull(property); break;
                case "variables": variables = MapOrNull(property); break;
                case "extensions": extensions = MapOrNull(property); break;
                case "documentId": documentId = StringOrNull(property); break;
                default: throw new BadParameterException($"Unknown request parameter '{Errors.Echo.Short(property.Name)}'; a request has 'query' (or 'documentId'), 'operationName', 'variables' and 'extensions'.");
            }
        }
        return Checked(new GraphQLHttpRequest(query, operationName, variables, extensions, documentId));
    }

    /// <summary>
    /// A request names its document one way: the text in 'query', or a registered operation's 'documentId'; an
    /// automatic persisted query may name it by its hash alone (<see cref="AutomaticPersistedQueries"/>).
    /// </summary>
    private static GraphQLHttpRequest Checked(GraphQLHttpRequest request) =>
        (string.IsNullOrEmpty(request.Query), string.IsNullOrEmpty(request.DocumentId)) switch
        {
            (true, true) when AutomaticPersistedQueries.IsAskedBy(request.Extensions) => request with { Query = null },
            (true, true) => throw new BadParameterException("The request has no 'query': send the GraphQL document as a string in 'query', or a registered operation's 'documentId'."),
            (false, false) => throw new BadParameterException("Send either 'query' or 'documentId', not both."),
            _ => request,
        };

    private static string? StringOrNull(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new BadParameterException($"'{property.Name}' must be a string."),
    };

    private static Inputs? MapOrNull(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Object => JsonInputs.Read(property.Value),
        JsonValueKind.Null => null,
        _ => throw new BadParameterException($"'{property.Name}' must be a JSON object (a map)."),
    };

    private static Inputs? ParseJsonParameter(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => JsonInputs.Read(document.RootElement),
                JsonValueKind.Null => null,
                _ => throw new BadParameterException($"'{name}' must be a JSON object (a map)."),
            };
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new BadParameterException($"'{name}' is not valid JSON, or holds a string that is not valid UTF-8 or a key twice.");
        }
    }

    private static string? Single(IQueryCollection query, string name) =>
        query[name].Count switch
        {
            0 => null,
            1 => query[name][0],
            _ => throw new BadParameterException($"The query string has more than one '{name}'."),
        };

    private static RequestRejection BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private sealed class BadParameterException(string message) : Exception(message);
}
