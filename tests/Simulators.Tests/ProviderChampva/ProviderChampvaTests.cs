using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ProviderChampva;

public sealed class ProviderChampvaTests(ProviderChampvaFixture fixture) : IClassFixture<ProviderChampvaFixture>
{
    private ProviderTestClient Provider => fixture.Client;

    [Fact]
    public async Task Calls_without_the_service_token_are_401()
    {
        using var upload = await Provider.UploadAsync(ProviderTestClient.Metadata("a.pdf"), [1], authorized: false);
        using var describe = await Provider.GetAsync(ProviderRoutes.Describe, authorized: false);

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, describe.StatusCode);
    }

    [Fact]
    public async Task The_provider_describes_its_steps_in_order()
    {
        using var response = await Provider.GetAsync(ProviderRoutes.Describe);

        var description = await response.ReadAsync<ProviderDescription>();
        Assert.Equal("champva", description.Provider);
        Assert.Equal([("INTAKE", "CHAMPVA intake"), ("PEGA", "PEGA")], description.Steps.Select(s => (s.Name, s.Label)));
    }

    [Fact]
    public async Task An_upload_reaches_the_sim_and_progresses_to_success()
    {
        var requestId = await Provider.UploadDocumentAsync("records.pdf");

        var recorded = await fixture.Champva.Http.GetFromJsonAsync<JsonElement>($"_sim/intakes/{requestId}");
        Assert.Equal("CHAMPVA_123", recorded.GetProperty("claimNumber").GetString());
        Assert.Equal("ben-42", recorded.GetProperty("beneficiaryId").GetString());
        Assert.Equal("MEDICAL_RECORD", recorded.GetProperty("documentCategory").GetString());
        Assert.Equal("records.pdf", recorded.GetProperty("originalFileName").GetString());
        Assert.Equal("%PDF-1.4 champva"u8.Length, recorded.GetProperty("size").GetInt64());

        var done = await Provider.PollUntilAsync(requestId, ProviderDocumentStatus.Success);

        Assert.Equal(ProviderDocumentStatus.Success, done?.Status);
        Assert.Equal([("INTAKE", "SUCCESS"), ("PEGA", "SUCCESS")], done!.Steps.Select(s => (s.Name, s.Status)));
        Assert.Null(done.Error);
        Assert.NotNull(done.StartedAt);
        Assert.NotNull(done.EndedAt);
    }

    [Theory]
    [InlineData("scan-sim-fail-intake.pdf", "INTAKE", "FAILED", "NOT_STARTED")]
    [InlineData("scan-sim-fail-pega.pdf", "PEGA", "SUCCESS", "FAILED")]
    public async Task A_rejected_intake_is_failed_at_its_stage(string fileName, string step, string intakeStep, string pegaStep)
    {
        var requestId = await Provider.UploadDocumentAsync(fileName);

        var failed = await Provider.PollUntilAsync(requestId, ProviderDocumentStatus.Failed);

        Assert.Equal(ProviderDocumentStatus.Failed, failed?.Status);
        Assert.Equal(step, failed!.Error?.Step);
        Assert.False(string.IsNullOrEmpty(failed.Error?.Detail));
        Assert.Equal([("INTAKE", intakeStep), ("PEGA", pegaStep)], failed.Steps.Select(s => (s.Name, s.Status)));
    }

    [Fact]
    public async Task Unknown_ids_are_reported_not_found_across_batches()
    {
        var known = await Provider.UploadDocumentAsync("known.pdf");
        var neverFound = await Provider.UploadDocumentAsync("sim-not-found.pdf");
        // More than one batch of 500, which is also the sim's own limit per call.
        var unknown = Enumerable.Range(0, 600).Select(_ => Guid.NewGuid().ToString()).Append("not-a-guid").ToList();

        var report = await Provider.ReportAsync([.. unknown, known, neverFound]);

        Assert.Equal([known], report.Statuses.Select(s => s.RequestId));
        Assert.Equal(unknown.Append(neverFound).Order(), report.NotFound.Order());
    }

    [Fact]
    public async Task An_upload_the_sim_refuses_is_a_422_with_its_message()
    {
        // The sim allows file names of at most 255 characters; the provider does not check that itself.
        using var response = await Provider.UploadAsync(ProviderTestClient.Metadata(new string('a', 252) + ".pdf"), [1]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await response.ReadAsync<ProviderError>();
        Assert.Equal(ProviderError.UpstreamRejected, error.Code);
        Assert.Equal("originalFileName must be at most 255 characters.", error.Detail);
        Assert.Equal(400, error.UpstreamStatus);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413()
    {
        var tooLarge = new byte[ProviderChampvaFixture.MaxUploadBytes + 1];

        using var response = await Provider.UploadAsync(ProviderTestClient.Metadata("large.pdf"), tooLarge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProviderError.InvalidRequest, (await response.ReadAsync<ProviderError>()).Code);
    }

    [Fact]
    public async Task Incomplete_metadata_is_a_400_before_any_upstream_call()
    {
        using var response = await Provider.UploadAsync(ProviderTestClient.Metadata("a.pdf") with { DocumentType = "" }, [1]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProviderError.InvalidRequest, (await response.ReadAsync<ProviderError>()).Code);
    }

    [Fact]
    public async Task A_file_part_before_the_metadata_part_is_a_400()
    {
        using var response = await Provider.UploadAsync(ProviderTestClient.Metadata("a.pdf"), [1], fileFirst: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProviderError.InvalidRequest, (await response.ReadAsync<ProviderError>()).Code);
    }

    [Theory]
    [InlineData("CHAMPVA_123", true, true)] // a CHAMPVA claim of the participant's
    [InlineData("CHAMPVA_other-beneficiary", true, false)] // a CHAMPVA claim of someone else's
    [InlineData("600000001", false, false)] // not a CHAMPVA claim at all
    public async Task Ownership_is_asked_of_the_sim(string claimId, bool known, bool owned)
    {
        using var response = await Provider.GetAsync($"claims/{claimId}/ownership?participantId=ben-42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadNodeAsync();
        Assert.Equal((known, owned), (answer["known"]!.GetValue<bool>(), answer["owned"]!.GetValue<bool>()));
    }
}
