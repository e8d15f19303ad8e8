using GraphQL;

namespace NamDinh.Graph.Api.Transport;

/// <summary>A GraphQL request as it arrived over HTTP, its parameters checked for shape.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>Why a request could not be read: the HTTP status, the error code and a message for the client.</summary>
public sealed record RequestRejection(int StatusCode, string Code, string Message);
