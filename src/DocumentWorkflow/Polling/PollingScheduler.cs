using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>The in-process schedule: a poll cycle at start and then every <c>Polling:Interval</c>. A tick
/// that finds a cycle running (here or on another replica) tries again after a lease renewal interval.</summary>
public sealed partial class PollingScheduler(DocumentStatusPoller poller, IDocumentStore store, IOptionsMonitor<PollingSettings> settings,
    TimeProvider time, ILogger<PollingScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CurrentValue.Enabled)
        {
            LogDisabled();
            return;
        }
        var current = settings.CurrentValue;
        LogScheduled(current.Interval);
        // The first cycle runs at start: a restarted service catches up at once instead of an interval later.
        // A tick that finds the lease held (a cycle running elsewhere, or a dead holder's lease not yet run
        // out) tries again after a lease renewal interval rather than a whole interval.
        var wait = TimeSpan.Zero;
        DateTimeOffset? skippedAt = null;
        try
        {
            while (true)
            {
                await Task.Delay(wait, time, stoppingToken);
                wait = current.Interval;
                try
                {
                    // A cycle another replica completed since the skip counts as this interval's.
                    if (skippedAt is { } skipped && await CompletedSinceAsync(skipped, stoppingToken) is { } finishedAt)
                    {
                        skippedAt = null;
                        wait = Max(finishedAt + current.Interval - time.GetUtcNow(), TimeSpan.Zero);
                        continue;
                    }
                    var start = await poller.TryStartAsync("schedule", stoppingToken);
                    skippedAt = null;
                    if (start.Completion is { } completion)
                    {
                        await completion;
                    }
                    else if (current.LeaseRenewalInterval < current.Interval)
                    {
                        skippedAt = start.View.StartedAt;
                        wait = current.LeaseRenewalInterval;
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A store outage must not kill the schedule; the next tick tries again.
                    LogTickFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<DateTimeOffset?> CompletedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var latest = (await store.RecentCyclesAsync(1, cancellationToken)).FirstOrDefault();
        return latest is { FinishedAt: { } finishedAt, Outcome: PollCycleRecord.Succeeded or PollCycleRecord.CompletedWithErrors }
            && finishedAt >= since
            ? finishedAt
            : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled polling disabled (Polling:Enabled=false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling every {Interval}")]
    private partial void LogScheduled(TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled poll cycle could not start")]
    private partial void LogTickFailed(Exception ex);
}
