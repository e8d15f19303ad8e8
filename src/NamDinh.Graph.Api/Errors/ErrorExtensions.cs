using GraphQL;

namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// Facts an error carries for the client in <c>extensions</c> beside its code (a VERSION_CONFLICT's current
/// version). Kept apart from <see cref="Exception.Data"/>, which GraphQL.NET would also expose from exceptions.
/// </summary>
public static class ErrorExtensions
{
    private const string Key = "NamDinh.Graph.Extensions";

    public static ExecutionError With(this ExecutionError error, string name, object? value)
    {
        if (error.Data[Key] is not Dictionary<string, object?> extensions)
            error.Data[Key] = extensions = [];
        extensions[name] = value;
        return error;
    }

    public static IReadOnlyDictionary<string, object?> Of(ExecutionError error) =>
        error.Data[Key] as Dictionary<string, object?> ?? [];
}
