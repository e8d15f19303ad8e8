namespace NamDinh.Graph.Api.Transport.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol, and the two standard ones this server also uses.</summary>
public static class CloseCodes
{
    public const int InvalidMessage = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;

    /// <summary>RFC 6455: the client sent a message larger than the server takes.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455 "try again later": the client fell too far behind; it reconnects and catches up.</summary>
    public const int TryAgainLater = 1013;

    /// <summary>RFC 6455: the server is going away (it is shutting down).</summary>
    public const int GoingAway = 1001;
}
