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
    public async Task Upload_to_another_participants_claim_is_403_claim_not_owned_and_nothing_is_filed()
    {
        var before = Stack.SimulatorUploadsReceived;
        // Large enough that answering before reading it all would reset the connection under the caller.
        var file = new byte[3 * 1024 * 1024];
        PdfBytes.CopyTo(file, 0);

        using var response = await Provider.UploadAsync(Metadata("statement.pdf") with { ClaimId = OtherParticipantsClaimId }, file);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, ProviderError.ClaimNotOwned);
        Assert.Equal(0, Stack.SimulatorUploadsReceived - before);
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
