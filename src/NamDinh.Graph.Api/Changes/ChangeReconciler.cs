using System.Diagnostics;
using Microsoft.Extensions.Options;
using NamDinh.Graph.Abstractions.Reports;

namespace NamDinh.Graph.Api.Changes;

/// <summary>
/// Every <see cref="ChangeOptions.ReconcileEvery"/>, while this node has subscribers, compares what it has delivered
/// with what storage holds, report by report, and delivers what is missing, in order, through the change feed's
/// sequencer. It heals the one way a change could otherwise be lost to a node: the node did not take it, and the
/// report grain that kept it for the node was lost with its silo before telling it again, with no later change of
/// that report to reveal the gap.
/// <para>
/// What storage holds is read from the report catalog's marks (each report's newest version): one grain call, answered
/// from the catalog's memory, instead of one storage read per report. A report's history is read only when it is
/// behind.
/// </para>
/// </summary>
public sealed partial class ChangeReconciler(ChangeFeed feed, IGrainFactory grains, IOptions<ChangeOptions> options, ILogger<ChangeReconciler> logger)
    : BackgroundService
{
    private readonly ChangeReconciliation _reconciliation = new();
    private long _rounds, _catalogCalls, _revisionsDelivered;

    /// <summary>Rounds run (rounds skipped for want of subscribers are not counted).</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    /// <summary>Calls to the report catalog, one a round.</summary>
    public long CatalogCalls => Interlocked.Read(ref _catalogCalls);

    /// <summary>Revisions read from history and handed to the sequencer because they had not arrived.</summary>
    public long RevisionsDelivered => Interlocked.Read(ref _revisionsDelivered);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.ReconcileEvery;
        if (every <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // No one to deliver to: nothing owed. What storage holds is looked at again once someone subscribes.
                if (feed.ActiveSubscriptions == 0)
                    continue;
                await ReconcileAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One round: the catalog's marks against what this node delivered; each report behind caught up.</summary>
    public async Task ReconcileAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var readsBefore = feed.HistoryReads;
        IReadOnlyList<Domain.Changes.ReportMark> marks;
        try
        {
            Interlocked.Increment(ref _catalogCalls);
            marks = await grains.GetReportCatalog().ListMarksAsync();
        }
        catch (Exception error)
        {
            LogCatalogUnavailable(error);
            return;
        }
        Interlocked.Increment(ref _rounds);
        var behind = _reconciliation.Plan(marks, feed.Delivered);
        var revisions = 0;
        foreach (var report in behind)
        {
            try
            {
                var read = await feed.CatchUpAsync(report.Key, report.Delivered, report.Stored);
                revisions += read;
                LogCaughtUp(report.Key, report.Delivered, report.Stored, read);
            }
            catch (Exception error)
            {
                LogCatchUpFailed(error, report.Key, report.Delivered, report.Stored);
            }
        }
        Interlocked.Add(ref _revisionsDelivered, revisions);
        LogRound(marks.Count, behind.Count, revisions, feed.HistoryReads - readsBefore, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Changes were not reconciled this round: the report catalog did not answer.")]
    private partial void LogCatalogUnavailable(Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {Report} was behind on this node (delivered {Delivered}, stored {Stored}): {Count} changes read from its history and delivered.")]
    private partial void LogCaughtUp(Domain.Reports.ReportKey report, long delivered, long stored, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Report} is behind on this node (delivered {Delivered}, stored {Stored}) and its history could not be read; trying again next round.")]
    private partial void LogCatchUpFailed(Exception error, Domain.Reports.ReportKey report, long delivered, long stored);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reconciled {Reports} reports with the catalog (1 grain call): {Behind} behind, {Revisions} revisions read in {HistoryReads} history calls, {Milliseconds:F1} ms.")]
    private partial void LogRound(int reports, int behind, int revisions, long historyReads, double milliseconds);
}

/// <summary>How changes reach this node's subscribers: section "Changes".</summary>
public sealed class ChangeOptions
{
    public const string SectionName = "Changes";

    /// <summary>How often the node reconciles what it delivered with what storage holds; zero or less: never.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromSeconds(5);
}
