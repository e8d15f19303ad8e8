namespace NamDinh.Graph.Cli.GraphQL;

/// <summary>No GraphQL answer came back: the server could not be reached, or answered with something else.</summary>
public sealed class ServerAnswerException(string message) : Exception(message);
