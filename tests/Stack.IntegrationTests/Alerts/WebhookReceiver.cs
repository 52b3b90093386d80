using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>The operators' alert webhook, stood in for by a local listener on a free 127.0.0.1 port that keeps
/// every POST it gets, in order, and answers 204.</summary>
public sealed class WebhookReceiver : IDisposable
{
    /// <summary>Carried in the webhook URL's query string, as a real webhook's token would be.</summary>
    public const string Secret = "webhook-secret-4f1c9a";

    private readonly RecordingListener _listener = new();

    public int Port => _listener.Port;

    public string Url => $"http://127.0.0.1:{Port}/alerts-hook?token={Secret}";

    public IReadOnlyList<WebhookEvent> Events => _listener.Requests.Select(r => new WebhookEvent(r.Body, r.Query)).ToList();

    /// <summary>Waits for the first event at or after position <paramref name="from"/> that matches.</summary>
    public async Task<WebhookEvent> WaitForAsync(int from, Func<WebhookEvent, bool> match, TimeSpan timeout, string what)
    {
        var seen = await Eventually.PollAsync(() => Task.FromResult(Events.Skip(from).FirstOrDefault(match)), e => e is not null, timeout);
        return seen ?? throw new TimeoutException(
            $"The webhook got no {what} within {timeout.TotalSeconds} s; it got: {string.Join(" | ", Events.Skip(from).Select(e => e.Json))}");
    }

    public void Dispose() => _listener.Dispose();
}
