using DocumentUploads.Alerting;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.Extensions.Options;

namespace DocumentUploads.UploadApi.Monitoring;

/// <summary>Raises <c>workflow_unreachable</c> through the alert webhook when document-workflow cannot take
/// registrations for <c>Monitoring:WorkflowUnreachableAfter</c>, and resolves it when one gets through. It lives
/// here, not in document-workflow, because it must page when nothing of document-workflow is alive. The state is
/// this process's: a restarted upload-api starts counting again from its next failed registration.</summary>
public sealed partial class WorkflowUnreachableMonitor(AlertWebhookQueue webhook, RegistrationOutbox outbox,
    IOptionsMonitor<UploadMonitoringSettings> settings, TimeProvider time, ILogger<WorkflowUnreachableMonitor> logger)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly WorkflowUnreachableState _state = new();

    /// <summary>The firing now active, if any.</summary>
    public AlertRecord? Active
    {
        get
        {
            lock (_gate) return _state.Active;
        }
    }

    public void RegistrationFailed(string failure)
    {
        // The outbox is counted only for the firing's sentence: during an outage it can hold thousands of files.
        lock (_gate) Send(_state.Failed(time.GetUtcNow(), failure, settings.CurrentValue.WorkflowUnreachableAfter, outbox.Count));
    }

    public void RegistrationSucceeded()
    {
        lock (_gate) Send(_state.Succeeded(time.GetUtcNow()));
    }

    /// <summary>Checks on a timer too, so the alert fires on time even when no upload comes to fail.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var after = settings.CurrentValue.WorkflowUnreachableAfter;
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Clamp(after.Ticks / 10, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond * 5)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                lock (_gate) Send(_state.Check(time.GetUtcNow(), settings.CurrentValue.WorkflowUnreachableAfter, outbox.Count));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Send(AlertWebhookMessage? message)
    {
        if (message is null) return;
        if (message.Event == AlertWebhookMessage.Fired) LogFired(message.Alert.Summary);
        else LogResolved(DurationText.Format(message.Alert.ResolvedAt!.Value - message.Alert.FiredAt));
        webhook.Enqueue(message);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Critical, Message = "Alert workflow_unreachable fired: {Summary}")]
    private partial void LogFired(string summary);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Alert workflow_unreachable resolved after {Duration}: document-workflow takes registrations again")]
    private partial void LogResolved(string duration);
}
