using GraphQL.Execution;

namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// The id that ties an error a client saw to the server's log: every GraphQL response carries it in the
/// <c>X-Correlation-Id</c> header, an INTERNAL_SERVER_ERROR in <c>extensions.correlationId</c>, and the log line
/// with the exception, its type and stack names it.
/// </summary>
public static partial class CorrelationId
{
    public const string Header = "X-Correlation-Id";
    private const string UserContextKey = "NamDinh.Graph.CorrelationId";
    private const string ExceptionDataKey = "NamDinh.Graph.CorrelationId";

    /// <summary>The request's id (ASP.NET Core's trace identifier), written on the response as it begins.</summary>
    public static string Of(HttpContext http)
    {
        http.Response.Headers[Header] = http.TraceIdentifier;
        return http.TraceIdentifier;
    }

    public static void Remember(IDictionary<string, object?> userContext, string id) => userContext[UserContextKey] = id;

    /// <summary>Logs an exception no resolver expected under the request's id, and marks it with the id for the response.</summary>
    public static void LogUnhandled(UnhandledExceptionContext context, ILogger logger)
    {
        var id = context.ExecutionOptions.UserContext.TryGetValue(UserContextKey, out var value) ? value as string : null;
        context.Exception.Data[ExceptionDataKey] = id;
        if (Unavailability.Of(context.OriginalException) is { } unavailable)
            LogUnavailable(logger, context.ExecutionOptions.OperationName ?? "An unnamed operation", unavailable.Code, id, context.OriginalException.Message);
        else
            LogUnhandled(logger, context.OriginalException, context.ExecutionOptions.OperationName ?? "an unnamed operation", id);
    }

    /// <summary>The id an unhandled error was logged under, if any.</summary>
    public static string? OfError(Exception? exception) => exception?.Data[ExceptionDataKey] as string;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} answered {Code}; correlation id {CorrelationId}. {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string operation, string code, string? correlationId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while executing {Operation}; correlation id {CorrelationId}.")]
    private static partial void LogUnhandled(ILogger logger, Exception error, string operation, string? correlationId);
}
