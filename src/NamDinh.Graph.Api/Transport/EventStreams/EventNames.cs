namespace NamDinh.Graph.Api.Transport.EventStreams;

/// <summary>The events of graphql-sse's distinct connections mode: a "next" for each result, then "complete".</summary>
public static class EventNames
{
    public const string Next = "next";
    public const string Complete = "complete";
}
