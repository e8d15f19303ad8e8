namespace NamDinh.Graph.Abstractions.Storage;

/// <summary>
/// Storage could not be reached, or answered that it cannot serve now: nothing was stored. Raised by the grains and
/// answered to clients as STORAGE_UNAVAILABLE; asking again once storage is back succeeds.
/// </summary>
[GenerateSerializer]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception? cause = null) : base(message, cause)
    {
    }
}
