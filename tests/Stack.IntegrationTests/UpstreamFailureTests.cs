using System.Net;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>When Lighthouse fails, the veteran is told and the failure is recorded, never hidden.</summary>
[Collection(StackCollection.Name)]
public sealed class UpstreamFailureTests(StackFixture stack)
{
    private static object Faults(double uploadFailureRate = 0, double statusFailureRate = 0, double malformedStatusRate = 0) => new
    {
        uploadFailureRate, statusFailureRate, statusLatencyMs = 0, rateLimitPerSecond = 0, malformedStatusRate,
    };

    [Fact]
    public async Task A_failed_upload_is_answered_with_upstream_unavailable_and_recorded_as_upload_failed()
    {
        using var sim = stack.Client(AppIds.LighthouseSim);
        (await sim.PutAsJsonAsync("/_sim/faults", Faults(uploadFailureRate: 1.0))).EnsureSuccessStatusCode();
        try
        {
            var client = await stack.VeteranAsync("unlucky-5");
            using var response = await Uploads.PostAsync(client, "600000999", Uploads.Form("a.pdf"));

            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            var error = (await response.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0];
            Assert.Equal("UPSTREAM_UNAVAILABLE", error.Code);
            var listed = await client.GetFromJsonAsync<ListAnswer>("/v0/benefits_claims/600000999/benefits_documents");
            var recorded = Assert.Single(listed!.Data);
            Assert.Equal("upload_failed", recorded.Status);
            Assert.Null(recorded.ProviderRequestId);
            Assert.Contains("UPSTREAM_UNAVAILABLE", recorded.Error);
        }
        finally
        {
            (await sim.PutAsJsonAsync("/_sim/faults", Faults())).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_status_outage_leaves_documents_pending_and_they_complete_once_it_ends()
    {
        using var sim = stack.Client(AppIds.LighthouseSim);
        var client = await stack.VeteranAsync("patient-6");
        (await sim.PutAsJsonAsync("/_sim/faults", Faults(statusFailureRate: 1.0))).EnsureSuccessStatusCode();
        DocumentAnswer created;
        try
        {
            using var response = await Uploads.PostAsync(client, "600000555", Uploads.Form("during-outage.pdf"));
            created = (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!;
            await Task.Delay(TimeSpan.FromSeconds(2.5)); // a couple of poll cycles fail
            var during = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");
            Assert.Equal("submitted", during!.Status);
        }
        finally
        {
            (await sim.PutAsJsonAsync("/_sim/faults", Faults())).EnsureSuccessStatusCode();
        }

        var done = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "completed");
        Assert.Equal("completed", done.Status);
    }

    [Fact]
    public async Task A_status_answer_that_is_not_JSON_is_a_provider_error_that_changes_nothing()
    {
        using var sim = stack.Client(AppIds.LighthouseSim);
        using var workflow = stack.Client(AppIds.DocumentWorkflow);
        var client = await stack.VeteranAsync("garbled-8");
        (await sim.PutAsJsonAsync("/_sim/faults", Faults(malformedStatusRate: 1.0))).EnsureSuccessStatusCode();
        DocumentAnswer created;
        try
        {
            using var response = await Uploads.PostAsync(client, "600000444", Uploads.Form("garbled.pdf"));
            created = (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!;

            var cycle = await PollTrigger.RunOneAsync(workflow);

            Assert.Equal("completed_with_errors", cycle.Outcome);
            Assert.True(cycle.ProviderErrors > 0);
            var during = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");
            Assert.Equal(("submitted", (DateTimeOffset?)null), (during!.Status, during.LastPolledAt));
        }
        finally
        {
            (await sim.PutAsJsonAsync("/_sim/faults", Faults())).EnsureSuccessStatusCode();
        }

        Assert.Equal("completed", (await Uploads.WaitForAsync(client, created.Id, d => d.Status == "completed")).Status);
    }

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
