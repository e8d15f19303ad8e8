using GraphQL;

namespace NamDinh.Graph.Api.Errors;

/// <summary>Errors a client's request causes, each with its <c>extensions.code</c>.</summary>
public static class ClientErrors
{
    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    /// <summary>An argument or input field the client gave is wrong; <c>extensions.field</c> names it ("year", "input.value").</summary>
    public static ExecutionError BadUserInput(string field, string message) => new BadUserInputError(field, message);
}

/// <summary>A BAD_USER_INPUT error that names the argument or input field at fault.</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string field, string message) : base(message)
    {
        Field = field;
        Code = ErrorCodes.BadUserInput;
    }

    public string Field { get; }
}
