namespace NamDinh.Graph.Cli.GraphQL;

/// <summary>The server answered with errors: a refused change, an unknown report, a malformed request.</summary>
public sealed class GraphQLErrorsException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(error => error.ToString())))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
