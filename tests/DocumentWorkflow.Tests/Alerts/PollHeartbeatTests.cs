using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>The dead man's switch against a real loopback listener: a ping after each completed cycle,
/// none after a failed or abandoned one, none when no URL is set, and never the URL's secret in the logs.</summary>
public sealed class PollHeartbeatTests : IDisposable
{
    private const string Secret = "watchdog-s3cr3t";
    private readonly RecordingListener _listener = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly CapturedLog<PollHeartbeat> _log = new();

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private string Url => $"http://127.0.0.1:{_listener.Port}/ping/{Secret}";

    private PollHeartbeat Heartbeat(string? url) => new(_services.GetRequiredService<IHttpClientFactory>(),
        new FixedOptionsMonitor<AlertSettings>(new AlertSettings { HeartbeatUrl = url, WebhookTimeout = TimeSpan.FromSeconds(5) }), _log);

    private static PollCycleRecord Cycle(string outcome) => new(Guid.CreateVersion7(), "schedule", DateTimeOffset.UtcNow.AddSeconds(-2),
        DateTimeOffset.UtcNow, outcome, 12, 3, new Dictionary<string, int>(), 0, 0, 0, null);

    private async Task<IReadOnlyList<RecordedRequest>> RequestsAfterAsync(Action act, int expected)
    {
        act();
        for (var i = 0; i < 50 && _listener.Requests.Count < expected; i++) await Task.Delay(50);
        await Task.Delay(200); // and nothing more arrives
        return _listener.Requests;
    }

    [Theory]
    [InlineData(PollCycleRecord.Succeeded)]
    [InlineData(PollCycleRecord.CompletedWithErrors)]
    public async Task A_completed_cycle_pings_the_heartbeat_url_with_its_id(string outcome)
    {
        var cycle = Cycle(outcome);

        var requests = await RequestsAfterAsync(() => Heartbeat(Url).CycleFinished(cycle), expected: 1);

        using var body = JsonDocument.Parse(Assert.Single(requests).Body);
        Assert.Equal(cycle.Id, body.RootElement.GetProperty("cycleId").GetGuid());
        Assert.Equal(outcome, body.RootElement.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData(PollCycleRecord.Failed)]
    [InlineData(PollCycleRecord.Abandoned)]
    public async Task A_cycle_that_did_not_complete_sends_no_ping(string outcome)
    {
        Assert.Empty(await RequestsAfterAsync(() => Heartbeat(Url).CycleFinished(Cycle(outcome)), expected: 0));
    }

    [Fact]
    public async Task Without_a_heartbeat_url_nothing_is_sent()
    {
        Assert.Empty(await RequestsAfterAsync(() => Heartbeat(null).CycleFinished(Cycle(PollCycleRecord.Succeeded)), expected: 0));
    }

    [Fact]
    public async Task A_refused_ping_is_logged_without_the_url()
    {
        _listener.AnswerNext(503);

        Assert.False(await Heartbeat(Url).PingAsync(new Uri(Url), Cycle(PollCycleRecord.Succeeded), TimeSpan.FromSeconds(5)));
        var entry = Assert.Single(_log.Entries);
        Assert.Contains("HTTP 503", entry.Message);
        Assert.DoesNotContain(Secret, entry.Message);
    }

    [Fact]
    public void A_heartbeat_url_that_is_not_http_is_a_configuration_error()
    {
        Assert.Contains("Alerts:HeartbeatUrl must be an absolute http or https URL.",
            new AlertSettings { HeartbeatUrl = "ftp://example.invalid/ping" }.Validate());
    }
}
