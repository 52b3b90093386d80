using System.Net;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.ServiceDefaults.Tests.Telemetry;

/// <summary>A provider service's calls to its external API are measured once per logical call, by upstream,
/// operation and outcome; failures are also counted with a low-cardinality error type.</summary>
public sealed class UpstreamCallMetricsHandlerTests : IDisposable
{
    private const string Duration = "documentuploads.upstream.call.duration";
    private const string Errors = "documentuploads.upstream.call.errors";
    private readonly ServiceTelemetry _telemetry = new($"upstream-call-test-{Guid.NewGuid():N}");
    private readonly MeasurementRecorder _recorder;

    public UpstreamCallMetricsHandlerTests() => _recorder = new MeasurementRecorder(_telemetry.Meter);

    public void Dispose()
    {
        _recorder.Dispose();
        _telemetry.Dispose();
    }

    private sealed class Upstream(Func<int, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(++Calls));
    }

    private HttpClient Client(HttpMessageHandler upstream) =>
        new(new UpstreamCallMetricsHandler("lighthouse", new UpstreamCallMetrics(_telemetry)) { InnerHandler = upstream })
        {
            BaseAddress = new Uri("http://lighthouse.test/"),
        };

    private static HttpRequestMessage Status() => new HttpRequestMessage(HttpMethod.Post, "uploads/status").ForUpstreamOperation("status");

    private Dictionary<string, string?> Only(string instrument) => Assert.Single(_recorder.Measurements, m => m.Instrument == instrument).Tags;

    [Fact]
    public async Task A_successful_call_records_its_duration_and_no_error()
    {
        using var response = await Client(new Upstream(_ => new HttpResponseMessage(HttpStatusCode.OK))).SendAsync(Status());

        var (instrument, tags) = Assert.Single(_recorder.Measurements);
        Assert.Equal(Duration, instrument);
        Assert.Equal(new Dictionary<string, string?> { ["upstream"] = "lighthouse", ["operation"] = "status", ["outcome"] = "success" }, tags);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "rejected", null)]
    [InlineData(HttpStatusCode.BadRequest, "rejected", null)]
    [InlineData(HttpStatusCode.RequestTimeout, "failed", "408")]
    [InlineData(HttpStatusCode.TooManyRequests, "failed", "429")]
    [InlineData(HttpStatusCode.InternalServerError, "failed", "500")]
    [InlineData(HttpStatusCode.BadGateway, "failed", "502")]
    public async Task An_answer_that_is_not_2xx_is_a_refusal_unless_it_is_throttling_or_a_server_fault(HttpStatusCode status,
        string outcome, string? errorType)
    {
        using var response = await Client(new Upstream(_ => new HttpResponseMessage(status))).SendAsync(Status());

        Assert.Equal(outcome, Only(Duration)["outcome"]);
        if (errorType is null)
        {
            Assert.DoesNotContain(_recorder.Measurements, m => m.Instrument == Errors);
        }
        else
        {
            Assert.Equal(("lighthouse", "status", "failed", errorType), (Only(Errors)["upstream"], Only(Errors)["operation"],
                Only(Errors)["outcome"], Only(Errors)["error.type"]));
        }
    }

    [Fact]
    public async Task An_unreachable_upstream_is_a_failure_named_by_the_exception_and_the_exception_still_reaches_the_caller()
    {
        var client = Client(new Upstream(_ => throw new HttpRequestException("connection refused")));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(Status()));

        Assert.Equal("HttpRequestException", Only(Errors)["error.type"]);
        Assert.Equal("failed", Only(Duration)["outcome"]);
    }

    private sealed class Hanging : HttpMessageHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public async Task A_call_the_caller_cancelled_is_not_the_upstream_failure()
    {
        using var caller = new CancellationTokenSource();
        var upstream = new Hanging();
        var call = Client(upstream).SendAsync(Status(), caller.Token);
        await upstream.Started.Task;
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Empty(_recorder.Measurements);
    }

    [Fact]
    public async Task A_request_without_an_operation_is_tagged_other()
    {
        using var response = await Client(new Upstream(_ => new HttpResponseMessage(HttpStatusCode.OK)))
            .SendAsync(new HttpRequestMessage(HttpMethod.Get, "anything"));

        Assert.Equal(UpstreamOperation.Unnamed, Only(Duration)["operation"]);
    }

    [Fact]
    public async Task A_call_retried_by_the_standard_resilience_handler_is_one_measurement_of_what_the_caller_waited_for()
    {
        var attempts = 0;
        await using var upstream = await LoopbackServer.StartAsync(app => app.Run(c =>
        {
            c.Response.StatusCode = Interlocked.Increment(ref attempts) == 1 ? 503 : 200;
            return Task.CompletedTask;
        }));
        using var host = TestHosts.Caller([], services =>
        {
            services.AddSingleton(_telemetry); // so the metrics land on this test's meter
            services.AddHttpClient("lighthouse", c => c.BaseAddress = upstream.BaseAddress).AddUpstreamCallMetrics("lighthouse");
        });

        using var response = await host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("lighthouse").SendAsync(Status());

        Assert.Equal(2, attempts);
        Assert.Equal("success", Only(Duration)["outcome"]);
        Assert.DoesNotContain(_recorder.Measurements, m => m.Instrument == Errors);
    }
}
