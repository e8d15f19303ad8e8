using GraphQL;
using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Transport.Http;

/// <summary>
/// The HTTP status of a request refused before it ran, by its errors: 401 with "WWW-Authenticate: Bearer" for
/// UNAUTHENTICATED, 403 for FORBIDDEN, 200 for PERSISTED_QUERY_NOT_FOUND, 405 with "Allow: POST" for an operation GET may not run, else 400.
/// </summary>
public static class RefusalStatus
{
    public static int Of(ExecutionResult refused, HttpContext http)
    {
        // Not a fault: the client is to send the document with its hash. Apollo's link stops using hashes after a 400.
        if (refused.Errors is [{ Code: ErrorCodes.PersistedQueryNotFound }])
            return StatusCodes.Status200OK;
        if (refused.Errors?.Any(error => error.Code == ErrorCodes.Unauthenticated) == true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return StatusCodes.Status401Unauthorized;
        }
        if (refused.Errors?.Any(error => error.Code == ErrorCodes.Forbidden) == true)
            return StatusCodes.Status403Forbidden;
        if (refused.Errors?.Any(error => error.Code == ErrorCodes.MethodNotAllowed) == true)
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }
        return StatusCodes.Status400BadRequest;
    }
}
