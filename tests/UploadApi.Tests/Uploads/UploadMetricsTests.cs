using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Tests.Uploads;

/// <summary>Each upload handed to a provider is counted and timed by provider and outcome, and is a
/// provider call (operation upload) whose failures count as errors.</summary>
public sealed class UploadMetricsTests : IDisposable
{
    private readonly ServiceTelemetry _telemetry = new($"upload-metrics-test-{Guid.NewGuid():N}");
    private readonly MeasurementRecorder _recorder;

    public UploadMetricsTests() => _recorder = new MeasurementRecorder(_telemetry.Meter);

    private IReadOnlyList<(string Instrument, Dictionary<string, string?> Tags)> Measurements => _recorder.Measurements;

    public void Dispose()
    {
        _recorder.Dispose();
        _telemetry.Dispose();
    }

    private sealed class Provider(HttpResponseMessage answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer);
    }

    private async Task UploadAsync(HttpResponseMessage answer)
    {
        var validation = await TestUploads.ValidateAsync(TestUploads.Submission("notes.txt", "My statement.\n"u8.ToArray()));
        await using var upload = validation.Upload!;
        var client = new ProviderUploadClient(StubServiceClients.ByAppId<IProviderApi>(new Provider(answer), ProviderJson.Default,
            ProviderIds.ServiceAppId(ProviderIds.Lighthouse)), new UploadMetrics(_telemetry, new ProviderCallMetrics(_telemetry)));
        await client.UploadAsync(ProviderIds.Lighthouse, upload, CancellationToken.None);
    }

    private Dictionary<string, string?> Tags(string instrument) => Measurements.Single(m => m.Instrument == instrument).Tags;

    [Fact]
    public async Task An_accepted_upload_is_counted_and_timed_as_accepted()
    {
        await UploadAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new ProviderUploadResult("req-1")) });

        Assert.Equal(new Dictionary<string, string?> { ["provider"] = "lighthouse", ["outcome"] = "accepted" }, Tags("documentuploads.uploads"));
        Assert.Equal(Tags("documentuploads.uploads"), Tags("documentuploads.upload.duration"));
        Assert.Equal("success", Tags("documentuploads.provider.call.duration")["outcome"]);
        Assert.DoesNotContain(Measurements, m => m.Instrument == "documentuploads.provider.call.errors");
    }

    [Fact]
    public async Task A_provider_failure_is_a_failed_upload_and_a_provider_call_error()
    {
        await UploadAsync(new HttpResponseMessage(HttpStatusCode.BadGateway));

        Assert.Equal("failed", Tags("documentuploads.uploads")["outcome"]);
        var error = Tags("documentuploads.provider.call.errors");
        Assert.Equal(("lighthouse", "upload", "failed", "502"), (error["provider"], error["operation"], error["outcome"], error["error.type"]));
    }

    [Fact]
    public async Task A_refusal_is_a_rejected_upload_not_an_error()
    {
        await UploadAsync(new HttpResponseMessage(HttpStatusCode.UnprocessableEntity)
        {
            Content = JsonContent.Create(new ProviderError(ProviderError.UpstreamRejected, "not a claim document")),
        });

        Assert.Equal("rejected", Tags("documentuploads.uploads")["outcome"]);
        Assert.DoesNotContain(Measurements, m => m.Instrument == "documentuploads.provider.call.errors");
    }
}
