using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>The in-process schedule: a poll cycle every <c>Polling:Interval</c>. A tick that
/// finds a cycle running (here or on another replica) simply skips.</summary>
public sealed partial class PollingScheduler(DocumentStatusPoller poller, IOptionsMonitor<PollingSettings> settings,
    TimeProvider time, ILogger<PollingScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CurrentValue.Enabled)
        {
            LogDisabled();
            return;
        }
        var interval = settings.CurrentValue.Interval;
        LogScheduled(interval);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var start = await poller.TryStartAsync("schedule", stoppingToken);
                    if (start.Completion is { } completion) await completion;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled polling disabled (Polling:Enabled=false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling every {Interval}")]
    private partial void LogScheduled(TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled poll cycle could not start")]
    private partial void LogTickFailed(Exception ex);
}
