using GraphQL;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>
/// A GraphQL request as it arrived, its parameters checked for shape: the document itself (<paramref name="Query"/>) or
/// the id of an operation registered at deploy time (<paramref name="DocumentId"/>), never both.
/// </summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null);

/// <summary>Why a request could not be read: the HTTP status, the error code and a message for the client.</summary>
public sealed record RequestRejection(int StatusCode, string Code, string Message);
