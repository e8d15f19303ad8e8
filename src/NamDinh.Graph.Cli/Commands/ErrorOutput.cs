using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>Writes the server's errors to stderr, one a line with its code, field and other facts.</summary>
public static class ErrorOutput
{
    public static void Write(TextWriter error, IEnumerable<GraphQLError> errors)
    {
        foreach (var each in errors)
            error.WriteLine($"error: {each}");
    }
}
