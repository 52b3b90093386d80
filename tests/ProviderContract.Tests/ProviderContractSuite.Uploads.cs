using System.Net;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderContract.Tests;

public abstract partial class ProviderContractSuite
{
    [Fact]
    public async Task Upload_of_a_valid_document_returns_a_request_id()
    {
        var requestId = await UploadAsync("statement.pdf");

        Assert.False(string.IsNullOrWhiteSpace(requestId));
    }

    [Fact]
    public async Task Two_uploads_get_two_different_request_ids()
    {
        var first = await UploadAsync("first.pdf");
        var second = await UploadAsync("first.pdf");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Upload_without_metadata_is_400_invalid_request()
    {
        using var response = await Provider.UploadAsync(metadata: null, PdfBytes);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, ProviderError.InvalidRequest);
    }

    [Fact]
    public async Task Upload_without_a_file_is_400_invalid_request()
    {
        using var response = await Provider.UploadAsync(Metadata("missing.pdf"), file: null);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, ProviderError.InvalidRequest);
    }

    [Fact]
    public async Task Upload_of_an_empty_file_is_400_invalid_request()
    {
        using var response = await Provider.UploadAsync(Metadata("empty.pdf"), []);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, ProviderError.InvalidRequest);
    }

    [Fact]
    public async Task Upload_the_backend_fails_is_502_upstream_unavailable_and_never_retried()
    {
        await WithSimulatorFaultsAsync(new SimulatorFaults(UploadFailureRate: 1), async () =>
        {
            var before = Stack.SimulatorUploadsReceived;

            using var response = await Provider.UploadAsync(Metadata("refused.pdf"), PdfBytes);

            await AssertErrorAsync(response, HttpStatusCode.BadGateway, ProviderError.UpstreamUnavailable);
            Assert.Equal(1, Stack.SimulatorUploadsReceived - before);
        });
    }
}
