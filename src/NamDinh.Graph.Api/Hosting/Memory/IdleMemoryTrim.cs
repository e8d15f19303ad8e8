using System.Runtime;
using Microsoft.Extensions.Options;

namespace NamDinh.Graph.Api.Hosting.Memory;

/// <summary>
/// Gives memory back to the system once a burst is over. After a burst the GC keeps what it committed, and large
/// objects (big requests and answers) leave the large object heap fragmented, which it does not compact by itself;
/// with no allocations while idle no collection comes to return any of it. So, every <see cref="MemoryTrimOptions.Every"/>,
/// when the server allocated almost nothing since the last look but did some work since the last trim, one compacting,
/// aggressive collection (large object heap included) returns what the GC holds beyond the live heap. While idle it
/// costs a few milliseconds once, not on every look.
/// </summary>
public sealed partial class IdleMemoryTrim(IOptions<MemoryTrimOptions> options, ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;
        using var timer = new PeriodicTimer(settings.Every);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var allocatedAtTrim = allocatedBefore;
        var workNeeded = settings.WorkSinceTrimBytes;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var idle = allocated - allocatedBefore < settings.IdleAllocationBytes;
            allocatedBefore = allocated;
            if (!idle || allocated - allocatedAtTrim < workNeeded)
                continue;
            var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var after = GC.GetGCMemoryInfo();
            Trimmed(before >> 20, after.TotalCommittedBytes >> 20, after.HeapSizeBytes >> 20);
            allocatedBefore = allocatedAtTrim = GC.GetTotalAllocatedBytes();
            // A trim that returned little means the burst's leftovers are gone: wait for real work before the next.
            workNeeded = before - after.TotalCommittedBytes < settings.WorthReturningBytes ? settings.BurstBytes : settings.WorkSinceTrimBytes;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Idle after a burst: the GC held {Before} MiB; now {After} MiB for a live heap of {Heap} MiB.")]
    private partial void Trimmed(long before, long after, long heap);
}

/// <summary>When <see cref="IdleMemoryTrim"/> gives memory back: section "MemoryTrim".</summary>
public sealed class MemoryTrimOptions
{
    public const string SectionName = "MemoryTrim";

    public bool Enabled { get; set; } = true;

    /// <summary>How often it looks.</summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Less allocated than this since the last look is idle.</summary>
    public long IdleAllocationBytes { get; set; } = 8L << 20;

    /// <summary>
    /// How much must have been allocated since the last trim for an idle moment to trim again: a little, so that what
    /// a burst leaves behind as it ends (connections closing) is returned too, and nothing is done while nothing happens.
    /// </summary>
    public long WorkSinceTrimBytes { get; set; } = 256L << 10;

    /// <summary>Less returned than this, and the next trim waits for <see cref="BurstBytes"/> of work.</summary>
    public long WorthReturningBytes { get; set; } = 8L << 20;

    /// <summary>How much work, allocated, makes a burst worth trimming after.</summary>
    public long BurstBytes { get; set; } = 64L << 20;
}
