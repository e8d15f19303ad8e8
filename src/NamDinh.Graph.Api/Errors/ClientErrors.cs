using GraphQL;

namespace NamDinh.Graph.Api.Errors;

/// <summary>Errors a client's request causes, each with its <c>extensions.code</c>.</summary>
public static class ClientErrors
{
    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    /// <summary>An argument the client gave is wrong; <c>extensions.argument</c> names it.</summary>
    public static ExecutionError BadUserInput(string argument, string message) => new BadArgumentError(argument, message);
}

/// <summary>A BAD_USER_INPUT error that names the argument at fault.</summary>
public sealed class BadArgumentError : ExecutionError
{
    public BadArgumentError(string argument, string message) : base(message)
    {
        Argument = argument;
        Code = ErrorCodes.BadUserInput;
    }

    public string Argument { get; }
}
