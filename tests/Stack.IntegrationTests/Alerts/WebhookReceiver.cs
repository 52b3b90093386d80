using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>A local HTTP listener on a free 127.0.0.1 port standing in for the operators' alert webhook. It keeps
/// every POST it gets, in order, and answers 204.</summary>
public sealed class WebhookReceiver : IDisposable
{
    /// <summary>Carried in the webhook URL's query string, as a real webhook's token would be.</summary>
    public const string Secret = "webhook-secret-4f1c9a";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<WebhookEvent> _events = new();

    public WebhookReceiver()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/alerts-hook?token={Secret}";

    public IReadOnlyList<WebhookEvent> Events => _events.ToList();

    /// <summary>Waits for the first event at or after position <paramref name="from"/> that matches.</summary>
    public async Task<WebhookEvent> WaitForAsync(int from, Func<WebhookEvent, bool> match, TimeSpan timeout, string what)
    {
        var seen = await Eventually.PollAsync(() => Task.FromResult(Events.Skip(from).FirstOrDefault(match)), e => e is not null, timeout);
        return seen ?? throw new TimeoutException(
            $"The webhook got no {what} within {timeout.TotalSeconds} s; it got: {string.Join(" | ", Events.Skip(from).Select(e => e.Json))}");
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                _events.Enqueue(new WebhookEvent(await reader.ReadToEndAsync(), context.Request.Url?.Query));
            }
            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
