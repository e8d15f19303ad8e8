using NamDinh.Graph.Abstractions.Storage;

namespace NamDinh.Graph.Api.Errors;

/// <summary>
/// A failure that is no one's fault and passes: storage down, or a node of the cluster lost while its reports move to
/// the others. Answered with a code that tells the client to try again, not as INTERNAL_SERVER_ERROR.
/// </summary>
public sealed record Unavailability(string Code, string Message)
{
    public static readonly Unavailability Storage = new(ErrorCodes.StorageUnavailable,
        "Storage is unavailable: this could not be read from it or stored, and nothing was changed. Try again shortly.");

    public static readonly Unavailability Node = new(ErrorCodes.ServiceUnavailable,
        "A node of the cluster did not answer: it may have just stopped, and the reports it held are moving to the others. Try again in a few seconds.");

    /// <summary>What <paramref name="error"/>, or an error it wraps, says is unavailable; null for any other error.</summary>
    public static Unavailability? Of(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StorageUnavailableException:
                    return Storage;
                case OrleansMessageRejectionException or SiloUnavailableException or GatewayTooBusyException or TimeoutException:
                    return Node;
            }
        }
        return null;
    }
}
