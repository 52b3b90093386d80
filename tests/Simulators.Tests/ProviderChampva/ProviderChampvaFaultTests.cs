using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ProviderChampva;

/// <summary>How upstream failures reach the provider contract. These change champva-sim's fault
/// settings, so they have a sim of their own; each test resets them.</summary>
public sealed class ProviderChampvaFaultTests(ProviderChampvaFaultsFixture fixture)
    : IClassFixture<ProviderChampvaFaultsFixture>, IAsyncLifetime
{
    private ProviderTestClient Provider => fixture.Client;

    public async Task InitializeAsync() => (await fixture.Champva.PutFaultsAsync(new { })).EnsureSuccessStatusCode();

    public async Task DisposeAsync() => (await fixture.Champva.PutFaultsAsync(new { })).EnsureSuccessStatusCode();

    [Fact]
    public async Task A_failing_upstream_upload_is_a_502()
    {
        await PutFaultsAsync(new { uploadFailureRate = 1.0 });

        using var response = await Provider.UploadAsync(ProviderTestClient.Metadata("a.pdf"), [1]);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var error = await response.ReadAsync<ProviderError>();
        Assert.Equal(ProviderError.UpstreamUnavailable, error.Code);
        Assert.Equal(500, error.UpstreamStatus);
    }

    [Fact]
    public async Task A_failing_upstream_status_call_is_a_502_after_retries()
    {
        var requestId = await Provider.UploadDocumentAsync("a.pdf");
        await PutFaultsAsync(new { statusFailureRate = 1.0 });

        using var response = await Provider.StatusesAsync([requestId]);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(ProviderError.UpstreamUnavailable, (await response.ReadAsync<ProviderError>()).Code);
    }

    [Fact]
    public async Task A_malformed_status_answer_is_a_502_upstream_malformed()
    {
        var requestId = await Provider.UploadDocumentAsync("a.pdf");
        await PutFaultsAsync(new { malformedStatusRate = 1.0 });

        using var response = await Provider.StatusesAsync([requestId]);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(ProviderError.UpstreamMalformed, (await response.ReadAsync<ProviderError>()).Code);
    }

    [Fact]
    public async Task A_rate_limited_upload_is_a_503_with_retry_after()
    {
        await PutFaultsAsync(new { rateLimitPerSecond = 1 });

        // The first call in each second passes; keep going until one is limited.
        var response = await Eventually.PollAsync(
            () => Provider.UploadAsync(ProviderTestClient.Metadata("a.pdf"), [1]),
            r => r.StatusCode != HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(ProviderError.UpstreamRateLimited, (await response.ReadAsync<ProviderError>()).Code);
        response.Dispose();
    }

    [Fact]
    public async Task A_rate_limited_status_query_is_a_503_with_retry_after()
    {
        var requestId = await Provider.UploadDocumentAsync("a.pdf");
        await PutFaultsAsync(new { rateLimitPerSecond = 1 });

        var response = await Eventually.PollAsync(() => Provider.StatusesAsync([requestId]), r => r.StatusCode != HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(ProviderError.UpstreamRateLimited, (await response.ReadAsync<ProviderError>()).Code);
        response.Dispose();
    }

    [Fact]
    public async Task With_the_sim_down_uploads_and_statuses_are_502()
    {
        await using var orphan = await RunningApp.StartAsync(ProviderChampvaApp.Build,
            ProviderChampvaFixture.ProviderArgs(FreePort.ClosedLoopbackAddress()));
        var client = new ProviderTestClient(orphan);

        using var upload = await client.UploadAsync(ProviderTestClient.Metadata("a.pdf"), [1]);
        using var statuses = await client.StatusesAsync([Guid.NewGuid().ToString()]);

        Assert.Equal(HttpStatusCode.BadGateway, upload.StatusCode);
        Assert.Equal(ProviderError.UpstreamUnavailable, (await upload.ReadAsync<ProviderError>()).Code);
        Assert.Equal(HttpStatusCode.BadGateway, statuses.StatusCode);
        Assert.Equal(ProviderError.UpstreamUnavailable, (await statuses.ReadAsync<ProviderError>()).Code);
    }

    private async Task PutFaultsAsync(object faults)
    {
        using var response = await fixture.Champva.PutFaultsAsync(faults);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
