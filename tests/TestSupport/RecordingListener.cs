using System.Collections.Concurrent;
using System.Net;

namespace DocumentUploads.TestSupport;

/// <summary>An HTTP listener on a free 127.0.0.1 port standing in for a receiver our services post to (the
/// alert webhook). It keeps every request's body and query string, in order, and answers each with the next
/// queued status code, or 204 when none is queued.</summary>
public sealed class RecordingListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<int> _answers = new();

    public RecordingListener()
    {
        Port = LoopbackPorts.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public int Port { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>The status code the next request not yet answered gets.</summary>
    public void AnswerNext(int status) => _answers.Enqueue(status);

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
                _requests.Enqueue(new RecordedRequest(await reader.ReadToEndAsync(), context.Request.Url?.Query));
            }
            context.Response.StatusCode = _answers.TryDequeue(out var status) ? status : (int)HttpStatusCode.NoContent;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
