namespace NamDinh.Graph.Api.Tests.Cluster;

/// <summary>Bounded waits: every wait of the cluster tests ends, failing with what it was waiting for.</summary>
public static class Wait
{
    /// <summary>How long an event or a subscription may take to show up on a node.</summary>
    public static readonly TimeSpan Short = TimeSpan.FromSeconds(10);

    /// <summary>How long a node may take to start and join the cluster.</summary>
    public static readonly TimeSpan Start = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s in vain: {await describe()}.");
            await Task.Delay(50);
        }
    }
}
