using GraphQL;
using GraphQL.Execution;
using NamDinh.Graph.Api.Schema.Scalars;

namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// Writes errors for clients: its code, the field a client got wrong and the facts it needs (a current version), never an exception's type,
/// message or stack. An error the server did not expect becomes INTERNAL_SERVER_ERROR with the correlation id the log has the rest under.
/// </summary>
public sealed class SafeErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError && Unavailability.Of(executionError.InnerException) is { } unavailable)
            return base.GetInfo(At(executionError, new ExecutionError(unavailable.Message) { Code = unavailable.Code }));
        if (executionError is UnhandledError)
        {
            var correlationId = CorrelationId.OfError(executionError.InnerException);
            var unexpected = At(executionError, new ExecutionError(correlationId is null
                ? "The server could not answer this field. The error is logged."
                : $"The server could not answer this field. The error is logged under correlation id {correlationId}.")
            {
                Code = ErrorCodes.InternalServerError,
            });
            var unexpectedInfo = base.GetInfo(unexpected);
            if (correlationId is not null)
            {
                unexpectedInfo.Extensions ??= new Dictionary<string, object?>();
                unexpectedInfo.Extensions["correlationId"] = correlationId;
            }
            return unexpectedInfo;
        }
        var info = base.GetInfo(executionError);
        if (RefusedNumber(executionError) is { } refused)
            info.Message = $"{info.Message}: {refused.Message}";
        if (executionError is GraphQL.Validation.Errors.Custom.ComplexityError)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = ErrorCodes.QueryTooComplex;
        }
        if (executionError is BadUserInputError badInput)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["field"] = badInput.Field;
        }
        foreach (var (name, value) in ErrorExtensions.Of(executionError))
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions[name] = value;
        }
        return info;
    }

    /// <summary>Why the Decimal scalar refused a number, where that is what the error is about.</summary>
    private static RefusedNumberException? RefusedNumber(ExecutionError error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is RefusedNumberException refused)
                return refused;
        return null;
    }

    /// <summary><paramref name="replacement"/> at the path and locations of <paramref name="original"/>.</summary>
    private static ExecutionError At(ExecutionError original, ExecutionError replacement)
    {
        replacement.Path = original.Path;
        if (original.Locations is { } locations)
            foreach (var location in locations)
                replacement.AddLocation(location);
        return replacement;
    }
}
