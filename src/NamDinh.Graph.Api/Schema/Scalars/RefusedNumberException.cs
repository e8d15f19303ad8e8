namespace NamDinh.Graph.Api.Schema.Scalars;

/// <summary>
/// A number the Decimal scalar refuses, with a message written for the client. GraphQL.NET answers a scalar it
/// cannot read with its own "Unable to convert" and keeps this as the inner exception; the error provider
/// adds this message, so the client learns why.
/// </summary>
public sealed class RefusedNumberException(string message) : FormatException(message);
