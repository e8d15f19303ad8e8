using GraphQL;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// What identifies a request's answer apart from the data it reads: everything the request asked, in the media type it
/// asked it. The <see cref="ResponseCache"/> keeps answers by it, and <see cref="GetCaching"/> makes ETags from it.
/// </summary>
public static class RequestIdentity
{
    public static string Of(GraphQLHttpRequest request, ResponseMediaType mediaType, IGraphQLTextSerializer serializer) =>
        string.Join('\n', mediaType, request.OperationName, request.DocumentId, request.Query,
            request.Variables is null ? "" : serializer.Serialize(request.Variables),
            request.Extensions is null ? "" : serializer.Serialize(request.Extensions));
}
