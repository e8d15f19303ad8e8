using GraphQL;
using GraphQL.Execution;

namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// Writes errors for clients: its code and the argument a client got wrong, never an exception's type,
/// message or stack. An error the server did not expect becomes INTERNAL_SERVER_ERROR; the log has the rest.
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
        if (executionError is UnhandledError)
        {
            var unexpected = new ExecutionError("The server could not answer this field. The error is logged.")
            {
                Code = ErrorCodes.InternalServerError,
                Path = executionError.Path,
            };
            if (executionError.Locations is { } locations)
                foreach (var location in locations)
                    unexpected.AddLocation(location);
            return base.GetInfo(unexpected);
        }
        var info = base.GetInfo(executionError);
        if (executionError is BadArgumentError badArgument)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["argument"] = badArgument.Argument;
        }
        return info;
    }
}
