using System.Collections.Concurrent;
using System.Diagnostics;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults.Tests.Telemetry;

/// <summary>W3C trace context crosses service calls with nothing but the runtime's own HttpClient
/// diagnostics: through the named service client (resilience, token, resolution), directly and
/// through a Dapr sidecar, and the receiving ASP.NET Core server continues the caller's trace.</summary>
public sealed class TracePropagationTests : IDisposable
{
    private const string TestSourceName = "DocumentUploads.Tests.Propagation";
    private static readonly ActivitySource Test = new(TestSourceName);
    private readonly ActivityListener _listener;

    public TracePropagationTests()
    {
        // What the OpenTelemetry SDK does in a service: listen to (and so sample) these sources.
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "System.Net.Http" or "Microsoft.AspNetCore" || s.Name == TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    private sealed record Seen(string? TraceParent, ActivityTraceId ServerTraceId, ActivitySpanId ServerParentSpanId);

    private static Task<LoopbackServer> RecordingServer(ConcurrentQueue<Seen> seen, int failFirst = 0)
    {
        var attempts = 0;
        return LoopbackServer.StartAsync(app => app.Run(async c =>
        {
            var server = Activity.Current;
            seen.Enqueue(new Seen(c.Request.Headers["traceparent"], server?.TraceId ?? default, server?.ParentSpanId ?? default));
            if (Interlocked.Increment(ref attempts) <= failFirst)
            {
                c.Response.StatusCode = 503;
                return;
            }
            await c.Response.WriteAsync("ok");
        }));
    }

    private static IHost Caller(Dictionary<string, string?> settings) =>
        TestHosts.Caller(settings, services => services.AddHttpClient("peer").AsServiceClient("peer"));

    private static async Task<ActivityContext> CallInsideSpanAsync(IHost caller, string path)
    {
        using var span = Test.StartActivity("caller-operation")!;
        var client = caller.Services.GetRequiredService<IHttpClientFactory>().CreateClient("peer");
        Assert.Equal("ok", await client.GetStringAsync(path));
        return span.Context;
    }

    private static void AssertContinues(ActivityContext caller, Seen seen)
    {
        Assert.NotNull(seen.TraceParent);
        var parts = seen.TraceParent!.Split('-');
        Assert.Equal(caller.TraceId.ToHexString(), parts[1]);
        // The parent is the HttpClient's own client span, not the caller's span itself.
        Assert.NotEqual(caller.SpanId.ToHexString(), parts[2]);
        // Sampled; DiagnosticSource 11 (with OpenTelemetry 1.21) also sets W3C level 2's "random" flag (03).
        Assert.Equal(1, Convert.ToByte(parts[3], 16) & 1);
        Assert.Equal(caller.TraceId, seen.ServerTraceId);
        Assert.Equal(parts[2], seen.ServerParentSpanId.ToHexString());
    }

    [Fact]
    public async Task Direct_mode_sends_traceparent_and_the_server_continues_the_trace()
    {
        var seen = new ConcurrentQueue<Seen>();
        await using var peer = await RecordingServer(seen);
        using var caller = Caller(new() { ["services:peer:http:0"] = peer.BaseAddress.ToString() });

        var context = await CallInsideSpanAsync(caller, "x");

        AssertContinues(context, Assert.Single(seen));
    }

    [Fact]
    public async Task Sidecar_mode_sends_traceparent_to_the_dapr_invoke_route()
    {
        var seen = new ConcurrentQueue<Seen>();
        await using var sidecar = await RecordingServer(seen);
        using var caller = Caller(new() { ["DAPR_HTTP_ENDPOINT"] = sidecar.BaseAddress.ToString() });

        var context = await CallInsideSpanAsync(caller, "x");

        AssertContinues(context, Assert.Single(seen));
    }

    [Fact]
    public async Task Each_retry_attempt_carries_its_own_client_span()
    {
        var seen = new ConcurrentQueue<Seen>();
        await using var peer = await RecordingServer(seen, failFirst: 1);
        using var caller = Caller(new() { ["services:peer:http:0"] = peer.BaseAddress.ToString() });

        var context = await CallInsideSpanAsync(caller, "x");

        Assert.Equal(2, seen.Count);
        foreach (var attempt in seen) AssertContinues(context, attempt);
        Assert.NotEqual(seen.First().TraceParent, seen.Last().TraceParent);
    }
}
