using System.Text.Json;
using DocumentUploads.Alerting;
using Microsoft.Extensions.DependencyInjection;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.Alerting.Tests;

/// <summary>The webhook sender against a real loopback listener: the JSON it posts, retries with backoff on
/// transient failures only, bounded attempts, and a URL secret that never reaches the logs.</summary>
public sealed class AlertWebhookSenderTests : IDisposable
{
    private const string Secret = "s3cr3t-token";
    private static readonly AlertRecord Alert = new(Guid.Parse("0193a000-0000-7000-8000-000000000001"),
        "upload_failures", "lighthouse", AlertSeverities.Critical, "3 of 12 uploads failed.",
        new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 10, 12, 1, 0, TimeSpan.Zero), null);

    private readonly RecordingListener _listener = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly CapturedLog<AlertWebhookSender> _log = new();

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private Uri Target => new($"http://127.0.0.1:{_listener.Port}/hooks/alerts?token={Secret}");

    private List<string> Bodies => _listener.Requests.Select(r => r.Body).ToList();

    private AlertWebhookSender Sender(AlertSettings settings) => new(new AlertWebhookQueue(),
        _services.GetRequiredService<IHttpClientFactory>(), new FixedOptionsMonitor<AlertSettings>(settings), TimeProvider.System, _log);

    private static AlertSettings Fast(int attempts = 4) => new()
    {
        WebhookMaxAttempts = attempts, WebhookRetryBaseDelay = TimeSpan.FromMilliseconds(20), WebhookTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task Posts_the_event_and_the_alert_in_camel_case_json()
    {
        Assert.True(await Sender(Fast()).SendAsync(new AlertWebhookMessage(AlertWebhookMessage.Fired, Alert), Target, Fast(), default));

        using var body = JsonDocument.Parse(Assert.Single(Bodies));
        Assert.Equal("fired", body.RootElement.GetProperty("event").GetString());
        var alert = body.RootElement.GetProperty("alert");
        Assert.Equal(Alert.Id, alert.GetProperty("id").GetGuid());
        Assert.Equal(("upload_failures", "lighthouse", "critical", "3 of 12 uploads failed."),
            (alert.GetProperty("monitor").GetString(), alert.GetProperty("subject").GetString(),
                alert.GetProperty("severity").GetString(), alert.GetProperty("summary").GetString()));
        Assert.Equal(Alert.FiredAt, alert.GetProperty("firedAt").GetDateTimeOffset());
        Assert.Equal(Alert.LastSeenAt, alert.GetProperty("lastSeenAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("resolvedAt").ValueKind);
    }

    [Fact]
    public async Task Server_errors_and_429_are_retried_until_accepted()
    {
        _listener.AnswerNext(500);
        _listener.AnswerNext(503);
        _listener.AnswerNext(429);

        Assert.True(await Sender(Fast()).SendAsync(new AlertWebhookMessage(AlertWebhookMessage.Resolved, Alert), Target, Fast(), default));

        Assert.Equal(4, Bodies.Count);
        Assert.Equal(3, _log.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Fields["Attempt"] is 4);
    }

    [Fact]
    public async Task Attempts_are_bounded_and_the_last_failure_is_an_error()
    {
        for (var i = 0; i < 10; i++) _listener.AnswerNext(500);

        Assert.False(await Sender(Fast(3)).SendAsync(new AlertWebhookMessage(AlertWebhookMessage.Fired, Alert), Target, Fast(3), default));

        Assert.Equal(3, Bodies.Count);
        var error = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("HTTP 500", error.Message);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _listener.AnswerNext(400);
        Assert.False(await Sender(Fast()).SendAsync(new AlertWebhookMessage(AlertWebhookMessage.Fired, Alert), Target, Fast(), default));
        Assert.Single(Bodies);
    }

    [Fact]
    public async Task An_unreachable_webhook_is_retried_then_given_up_and_the_secret_is_never_logged()
    {
        var closed = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/hooks/alerts?token={Secret}");
        Assert.False(await Sender(Fast(2)).SendAsync(new AlertWebhookMessage(AlertWebhookMessage.Fired, Alert), closed, Fast(2), default));

        Assert.Equal(2, _log.Entries.Count);
        Assert.All(_log.Entries, e =>
        {
            Assert.DoesNotContain(Secret, e.Message);
            Assert.DoesNotContain(Secret, string.Join(" ", e.Fields.Values));
        });
        Assert.Contains(_log.Entries, e => e.Message.Contains($"http://127.0.0.1:{closed.Port}/hooks/alerts "));
    }

    [Fact]
    public async Task The_background_service_sends_queued_messages_in_order()
    {
        var queue = new AlertWebhookQueue();
        var settings = Fast();
        settings.WebhookUrl = Target.ToString();
        var sender = new AlertWebhookSender(queue, _services.GetRequiredService<IHttpClientFactory>(),
            new FixedOptionsMonitor<AlertSettings>(settings), TimeProvider.System, _log);
        await sender.StartAsync(default);
        try
        {
            queue.Enqueue(new AlertWebhookMessage(AlertWebhookMessage.Fired, Alert));
            queue.Enqueue(new AlertWebhookMessage(AlertWebhookMessage.Resolved, Alert with { ResolvedAt = Alert.LastSeenAt }));
            var bodies = await Eventually.PollAsync(() => Task.FromResult(Bodies), b => b.Count == 2);
            Assert.Equal(["fired", "resolved"], bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("event").GetString()));
        }
        finally
        {
            await sender.StopAsync(default);
        }
    }
}
