using DocumentUploads.Alerting;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Monitoring;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Tests.Monitoring;

/// <summary>The monitor as the registrar and the outbox use it: what it puts on the webhook queue, with the
/// outbox's real count in the sentence, and what it logs.</summary>
public sealed class WorkflowUnreachableMonitorTests : IDisposable
{
    private readonly string _outboxDirectory = Directory.CreateTempSubdirectory("du-outbox-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 3, 0, 0, TimeSpan.Zero));
    private readonly AlertWebhookQueue _queue = new();
    private readonly CapturedLog<WorkflowUnreachableMonitor> _log = new();

    public void Dispose() => Directory.Delete(_outboxDirectory, recursive: true);

    private WorkflowUnreachableMonitor Monitor(TimeSpan? after = null, TimeProvider? clock = null)
    {
        var outbox = TestOutboxes.In(_outboxDirectory);
        File.WriteAllText(Path.Combine(_outboxDirectory, $"{Guid.NewGuid()}.json"), "{}");
        File.WriteAllText(Path.Combine(_outboxDirectory, $"{Guid.NewGuid()}.json"), "{}");
        return new WorkflowUnreachableMonitor(_queue, outbox,
            new FixedOptionsMonitor<UploadMonitoringSettings>(new UploadMonitoringSettings { WorkflowUnreachableAfter = after ?? TimeSpan.FromMinutes(2) }),
            clock ?? _clock, _log);
    }

    private List<AlertWebhookMessage> Queued()
    {
        var messages = new List<AlertWebhookMessage>();
        while (_queue.Reader.TryRead(out var message)) messages.Add(message);
        return messages;
    }

    [Fact]
    public void Fires_through_the_webhook_queue_after_the_threshold_and_resolves_on_the_next_registration()
    {
        var monitor = Monitor();
        monitor.RegistrationFailed("HttpRequestException");
        _clock.Advance(TimeSpan.FromSeconds(119));
        monitor.RegistrationFailed("HttpRequestException");
        Assert.Empty(Queued());

        _clock.Advance(TimeSpan.FromSeconds(1));
        monitor.RegistrationFailed("HttpRequestException");
        var fired = Assert.Single(Queued());
        Assert.Equal(AlertWebhookMessage.Fired, fired.Event);
        Assert.Contains("2 registration(s) wait in the outbox", fired.Alert.Summary);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("workflow_unreachable fired"));

        _clock.Advance(TimeSpan.FromMinutes(3));
        monitor.RegistrationSucceeded();
        var resolved = Assert.Single(Queued());
        Assert.Equal(AlertWebhookMessage.Resolved, resolved.Event);
        Assert.Equal(fired.Alert.Id, resolved.Alert.Id);
        Assert.Null(monitor.Active);
        Assert.Contains(_log.Entries, e => e.Message.Contains("workflow_unreachable resolved after 3 min"));
    }

    [Fact]
    public async Task Its_timer_fires_the_alert_when_no_further_upload_comes()
    {
        var monitor = Monitor(TimeSpan.FromMilliseconds(300), TimeProvider.System);
        await monitor.StartAsync(CancellationToken.None);
        try
        {
            monitor.RegistrationFailed("HttpRequestException");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var fired = await _queue.Reader.ReadAsync(timeout.Token);
            Assert.Equal(AlertWebhookMessage.Fired, fired.Event);
            Assert.Equal("workflow_unreachable", fired.Alert.Monitor);
        }
        finally
        {
            await monitor.StopAsync(CancellationToken.None);
        }
    }
}
