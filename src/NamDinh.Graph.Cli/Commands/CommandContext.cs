using NamDinh.Graph.Cli.GraphQL;

namespace NamDinh.Graph.Cli.Commands;

/// <summary>What a command works with: the terminal it writes to and the server it talks to.</summary>
public sealed record CommandContext(Terminal Terminal, GraphQLClient Server);
