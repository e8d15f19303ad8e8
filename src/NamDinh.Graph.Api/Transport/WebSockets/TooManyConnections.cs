using NamDinh.Graph.Api.Errors;

namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>The answer to a client over its cap of streaming connections: 429 TOO_MANY_CONNECTIONS, before anything streams.</summary>
public static class TooManyConnections
{
    public static async Task RefuseAsync(HttpContext http, int maxPerClient)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await http.Response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new
                {
                    message = $"This client holds {maxPerClient} streaming connections (WebSockets and event streams) already; close one first.",
                    extensions = new { code = ErrorCodes.TooManyConnections },
                },
            },
        });
    }
}
