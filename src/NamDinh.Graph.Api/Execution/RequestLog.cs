using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using NamDinh.Graph.Api.Errors;
using NamDinh.Graph.Api.Transport.Http;

namespace NamDinh.Graph.Api.Execution;

/// <summary>
/// One structured log entry per GraphQL operation, over any transport: its type and name, how long it took, the
/// error codes it answered, and the correlation id (with Logging:Console:FormatterName=json, each is a field).
/// </summary>
public sealed partial class RequestLog(ILogger<RequestLog> logger, IErrorInfoProvider errors)
{
    public void Answered(HttpContext http, GraphQLHttpRequest request, ExecutionResult result, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var codes = result.Errors is { Count: > 0 } found ? string.Join(",", found.Select(CodeAsAnswered).Distinct()) : "none";
            Answered(result.Operation?.Operation.ToString().ToLowerInvariant() ?? "refused", NameOf(result, request) ?? "(unnamed)",
                TransportOf(http), false, Math.Round(elapsed.TotalMilliseconds, 2), codes, http.TraceIdentifier);
        }
    }

    /// <summary>A query answered from the response cache: kept answers are never ones with errors.</summary>
    public void AnsweredFromCache(HttpContext http, GraphQLHttpRequest request)
    {
        if (logger.IsEnabled(LogLevel.Information))
            Answered("query", request.OperationName ?? "(unnamed)", TransportOf(http), true, 0, "none", http.TraceIdentifier);
    }

    /// <summary>The operation's name: of the one that ran, else the one asked for, else that of a refused document's only operation.</summary>
    private static string? NameOf(ExecutionResult result, GraphQLHttpRequest request) =>
        result.Operation?.Name?.StringValue
        ?? request.OperationName
        ?? (result.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() is [var only] ? only.Name?.StringValue : null);

    /// <summary>The code the client was answered, as the schema's error provider (<see cref="SafeErrorInfoProvider"/>) writes it.</summary>
    private string CodeAsAnswered(ExecutionError error) =>
        errors.GetInfo(error).Extensions?.TryGetValue("code", out var code) == true && code is string answered ? answered : "ERROR";

    private static string TransportOf(HttpContext http) => http.WebSockets.IsWebSocketRequest ? "WebSocket" : http.Request.Method;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} over {Transport} (cached: {FromCache}) answered in {ElapsedMs} ms; errors: {ErrorCodes}; correlation id {CorrelationId}")]
    private partial void Answered(string operationType, string operationName, string transport, bool fromCache, double elapsedMs, string errorCodes, string correlationId);
}
