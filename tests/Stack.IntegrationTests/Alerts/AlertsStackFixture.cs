namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>The same stack as <see cref="StackFixture"/>, with the alert monitors' thresholds shrunk to seconds
/// and their webhook pointed at a local receiver, so each alert can fire and resolve within a test.</summary>
public sealed class AlertsStackFixture : StackFixture
{
    public WebhookReceiver Webhook { get; } = new();

    protected override void Configure(IDictionary<string, string> environment)
    {
        // Cycles every 2 s: a stall is 4 s without a completed one, well above a normal cycle here.
        environment["Polling__Interval"] = "00:00:02";
        environment["Monitoring__EvaluationInterval"] = "00:00:01";
        // One retry between services: a status outage then fails a cycle in about a second, not ten, so
        // provider_status_errors shows up in seconds and the outage does not also look like a stall.
        environment["HttpResilience__MaxRetryAttempts"] = "1";
        environment["Monitoring__ProviderErrorCycles"] = "2";
        environment["Monitoring__UploadFailureRatio"] = "0.5";
        environment["Monitoring__UploadFailureMinimum"] = "2";
        environment["Monitoring__UploadFailureWindow"] = "00:00:30";
        environment["Monitoring__FailureSpikeThreshold"] = "1";
        environment["Monitoring__FailureSpikeWindow"] = "00:00:08";
        // Stuck: warning after 8 s (a normal document completes in about 3 s here), critical (timed out) after 14 s.
        environment["Polling__StuckAfter"] = "00:00:08";
        environment["Polling__TimeoutAfter"] = "00:00:14";
        environment["Form526__CompletionSla"] = "00:00:04";
        environment["Alerts__WebhookUrl"] = Webhook.Url;
        environment["Alerts__WebhookRetryBaseDelay"] = "00:00:00.200";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Webhook.Dispose();
    }
}
