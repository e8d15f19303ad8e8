using Azure.Core;
using Azure.Core.Pipeline;

namespace NamDinh.Graph.Grains.Storage;

/// <summary>
/// Counts the HTTP requests this process sends to Azure Table storage, each retry included: each is one round trip.
/// It sits in the pipeline of the one table client every store here shares, so nothing writes around it.
/// </summary>
public sealed class StorageRoundTrips : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
