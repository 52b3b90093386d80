using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

/// <summary>Every status call to a provider is measured by provider, operation and outcome, and a
/// failed one is also counted as an error with a low-cardinality error type.</summary>
public sealed class ProviderStatusClientMetricsTests : IDisposable
{
    private readonly ServiceTelemetry _telemetry = new($"provider-call-test-{Guid.NewGuid():N}");
    private readonly MeasurementRecorder _recorder;

    public ProviderStatusClientMetricsTests() => _recorder = new MeasurementRecorder(_telemetry.Meter);

    private IReadOnlyList<(string Instrument, Dictionary<string, string?> Tags)> Measurements => _recorder.Measurements;

    public void Dispose()
    {
        _recorder.Dispose();
        _telemetry.Dispose();
    }

    private sealed class Provider(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }

    private ProviderStatusClient Client(Func<HttpResponseMessage> answer) =>
        new(StubServiceClients.ByAppId<IProviderApi>(new Provider(answer), ProviderJson.Default,
            ProviderIds.ServiceAppId(ProviderIds.Lighthouse), ProviderIds.ServiceAppId(ProviderIds.Champva)), new ProviderCallMetrics(_telemetry));

    [Fact]
    public async Task A_successful_status_call_records_its_duration_and_no_error()
    {
        await Client(() => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new ProviderStatusReport([], [])),
        }).QueryAsync("lighthouse", ["1"], CancellationToken.None);

        var (instrument, tags) = Assert.Single(Measurements);
        Assert.Equal("documentuploads.provider.call.duration", instrument);
        Assert.Equal(new Dictionary<string, string?> { ["provider"] = "lighthouse", ["operation"] = "status", ["outcome"] = "success" }, tags);
    }

    [Fact]
    public async Task A_failed_status_call_is_an_error_tagged_with_the_status_code()
    {
        await Assert.ThrowsAsync<ProviderCallException>(() => Client(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable))
            .QueryAsync("champva", ["1"], CancellationToken.None));

        Assert.Equal(["documentuploads.provider.call.duration", "documentuploads.provider.call.errors"],
            Measurements.Select(m => m.Instrument).Order());
        var error = Measurements.Single(m => m.Instrument == "documentuploads.provider.call.errors").Tags;
        Assert.Equal(("champva", "status", "failed", "503"),
            (error["provider"], error["operation"], error["outcome"], error["error.type"]));
    }

    [Fact]
    public async Task An_unreachable_provider_is_an_error_tagged_with_the_exception_type()
    {
        await Assert.ThrowsAsync<ProviderCallException>(() => Client(() => throw new HttpRequestException("refused"))
            .QueryAsync("lighthouse", ["1"], CancellationToken.None));

        var error = Measurements.Single(m => m.Instrument == "documentuploads.provider.call.errors").Tags;
        Assert.Equal("HttpRequestException", error["error.type"]);
    }
}
