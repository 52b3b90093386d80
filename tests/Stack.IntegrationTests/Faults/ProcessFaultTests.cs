using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.Stack.IntegrationTests.Alerts;
using DocumentUploads.TestSupport;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests.Faults;

/// <summary>Real processes killed with SIGKILL in the middle of the work: nothing a 201 promised is lost or
/// registered twice, every other answer is a clear error, what is recorded says what happened, and the
/// operators hear of it even with document-workflow dead. (A poll cycle killed half-way is
/// <see cref="PollCycleKillTests"/>.)</summary>
[Collection(FaultCollection.Name)]
public sealed class ProcessFaultTests(FaultStackFixture stack, ITestOutputHelper output)
{
    [Fact]
    public async Task With_document_workflow_killed_uploads_go_through_the_outbox_once_each_and_operators_are_paged()
    {
        const string claim = "600000801";
        using var veteran = await stack.VeteranAsync("600043501");
        var accepted = new List<Guid>();
        async Task UploadAsync(string name)
        {
            using var answer = await Uploads.PostAsync(veteran, claim, Uploads.Form($"{name}.pdf"));
            Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{name}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            accepted.Add((await answer.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id);
        }

        for (var i = 0; i < 4; i++) await UploadAsync($"before-{i}");
        await stack.Heartbeat.WaitForAsync(0, _ => true, TimeSpan.FromSeconds(20), "heartbeat while polling runs");
        var webhookFrom = stack.Webhook.Events.Count;

        await stack.KillAsync(AppIds.DocumentWorkflow);
        var killedAt = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(1)); // a ping already on its way may still land
        var heartbeatsWhenKilled = stack.Heartbeat.Events.Count;

        // Uploads keep working (201, kept in the outbox); reading them needs document-workflow: a clear 503.
        var firstFailedUpload = Stopwatch.StartNew();
        for (var i = 0; i < 8; i++) await UploadAsync($"while-dead-{i}");
        using (var read = await veteran.GetAsync($"/v0/document_uploads/{accepted[0]}"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            var error = Assert.Single((await read.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors);
            Assert.Equal("UPSTREAM_UNAVAILABLE", error.Code);
        }
        Assert.True(Directory.EnumerateFiles(Path.Combine(stack.DataDirectory, "outbox"), "*.json").Count() >= 8);

        // Paged within WorkflowUnreachableAfter of the first failed registration, plus that upload and a timer tick.
        var fired = await stack.Webhook.WaitForAsync(webhookFrom, e => e.Monitor == "workflow_unreachable" && e.Event == "fired",
            FaultStackFixture.WorkflowUnreachableAfter + TimeSpan.FromSeconds(20), "workflow_unreachable firing");
        var pagedAfter = firstFailedUpload.Elapsed;
        output.WriteLine($"workflow_unreachable fired {pagedAfter.TotalSeconds:F1} s after the first upload with document-workflow dead: {fired.Summary}");
        Assert.True(pagedAfter < FaultStackFixture.WorkflowUnreachableAfter + TimeSpan.FromSeconds(8), $"paged after {pagedAfter}");
        Assert.Equal("critical", fired.Severity);
        Assert.Contains("wait in the outbox", fired.Summary);
        Assert.Equal(WebhookReceiver.Secret, System.Web.HttpUtility.ParseQueryString(fired.Query ?? "")["token"]);
        // Nothing of document-workflow is alive to ping: the heartbeat has stopped.
        Assert.Equal(heartbeatsWhenKilled, stack.Heartbeat.Events.Count);

        await stack.RestartAsync(AppIds.DocumentWorkflow);
        output.WriteLine($"document-workflow healthy again {killedAt.Elapsed.TotalSeconds:F1} s after the kill");
        var resolved = await stack.Webhook.WaitForAsync(webhookFrom, e => e.Monitor == "workflow_unreachable" && e.Event == "resolved",
            TimeSpan.FromSeconds(30), "workflow_unreachable resolution");
        Assert.Equal(fired.AlertId, resolved.AlertId);
        await stack.Heartbeat.WaitForAsync(heartbeatsWhenKilled, _ => true, TimeSpan.FromSeconds(30), "heartbeat after the restart");
        for (var i = 0; i < 4; i++) await UploadAsync($"after-{i}");

        // Every 201 ends registered exactly once and moves on to completed.
        foreach (var id in accepted)
        {
            await Uploads.WaitForAsync(veteran, id, d => d.Status == "completed", TimeSpan.FromSeconds(90));
        }
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(stack.DataDirectory, "outbox"), "*.json"));
        Assert.Equal(accepted.Count, accepted.Distinct().Count());
        Assert.Equal(accepted.Count, stack.Scalar("SELECT count(*) FROM documents WHERE claim_id = $claim", ("$claim", claim)));
        Assert.Equal(accepted.Count, stack.Scalar(
            "SELECT count(DISTINCT provider_request_id) FROM documents WHERE claim_id = $claim", ("$claim", claim)));
        Assert.Equal(accepted.Count, stack.Scalar("""
            SELECT count(*) FROM document_transitions t JOIN documents d ON d.seq = t.document_seq
            WHERE d.claim_id = $claim AND t.from_status IS NULL
            """, ("$claim", claim)));
        AssertNoTransitionAfterAFinalState(claim);
    }

    [Fact]
    public async Task Killing_lighthouse_and_its_adapter_gives_clear_errors_records_nothing_wrong_and_polling_recovers()
    {
        const string claim = "600000802";
        using var veteran = await stack.VeteranAsync("600043502");
        using var workflow = stack.Client(AppIds.DocumentWorkflow);

        // Documents the provider holds, pending while its processes die.
        var pending = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var before = await Uploads.PostAsync(veteran, claim, Uploads.Form($"before-the-crash-{i}.pdf"));
            Assert.Equal(HttpStatusCode.Created, before.StatusCode);
            pending.Add((await before.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id);
        }

        // Lighthouse dies first: the adapter is up and says so; then the adapter dies too.
        await stack.KillAsync(AppIds.LighthouseSim);
        try
        {
            await RefusedAsync(veteran, claim, "during-the-crash-api");
            var during = await PollTrigger.RunOneAsync(workflow);
            output.WriteLine($"cycle with lighthouse-sim dead: {during.Outcome}, {during.ProviderErrors} provider errors");
            Assert.Equal("completed_with_errors", during.Outcome);
            Assert.True(during.ProviderErrors > 0);

            await stack.KillAsync(AppIds.ProviderLighthouse);
            await RefusedAsync(veteran, claim, "during-the-crash-adapter");
            var adapterDead = await PollTrigger.RunOneAsync(workflow);
            output.WriteLine($"cycle with provider-lighthouse dead: {adapterDead.Outcome}, {adapterDead.ProviderErrors} provider errors");
            Assert.Equal("completed_with_errors", adapterDead.Outcome);
        }
        finally
        {
            // In dependency order: the AppHost starts the adapter only once its API is healthy.
            await stack.RestartAsync(AppIds.LighthouseSim);
            await stack.RestartAsync(AppIds.ProviderLighthouse);
        }

        // Nothing recorded wrongly: an upload that reached no provider is upload_failed without a request id (or
        // was refused before anything was recorded); the documents the provider holds are untouched or advanced.
        var listed = (await veteran.GetFromJsonAsync<ListAnswer>($"/v0/benefits_claims/{claim}/benefits_documents"))!.Data;
        foreach (var document in listed)
        {
            if (document.FileName.StartsWith("during-the-crash", StringComparison.Ordinal))
            {
                Assert.Equal("upload_failed", document.Status);
                Assert.Null(document.ProviderRequestId);
            }
            else
            {
                Assert.NotNull(document.ProviderRequestId);
                Assert.DoesNotContain(document.Status, new[] { "upload_failed", "failed", "not_found" });
            }
        }

        // The next cycles recover (a broken circuit closes after its break), and the pending documents finish.
        var recovered = await Eventually.PollAsync(() => PollTrigger.RunOneAsync(workflow), c => c.ProviderErrors == 0, TimeSpan.FromSeconds(30));
        Assert.Equal("succeeded", recovered?.Outcome);
        foreach (var id in pending) await Uploads.WaitForAsync(veteran, id, d => d.Status == "completed", TimeSpan.FromSeconds(60));
        using var again = await Uploads.PostAsync(veteran, claim, Uploads.Form("after-the-crash.pdf"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        AssertNoTransitionAfterAFinalState(claim);
    }

    private static async Task RefusedAsync(HttpClient veteran, string claim, string fileName)
    {
        for (var i = 0; i < 2; i++)
        {
            using var refused = await Uploads.PostAsync(veteran, claim, Uploads.Form($"{fileName}-{i}.pdf"));
            Assert.True((int)refused.StatusCode is 502 or 503 or 504, $"{(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
            var error = Assert.Single((await refused.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors);
            Assert.False(string.IsNullOrEmpty(error.Code));
            Assert.Contains("Nothing was submitted", error.Detail);
        }
    }

    /// <summary>A final state (completed, failed, upload_failed, not_found) is never left again.</summary>
    private void AssertNoTransitionAfterAFinalState(string claim) =>
        Assert.Equal(0, stack.Scalar("""
            SELECT count(*) FROM document_transitions t JOIN documents d ON d.seq = t.document_seq
            WHERE d.claim_id = $claim
              AND t.from_status IN ('completed', 'failed', 'upload_failed', 'not_found')
            """, ("$claim", claim)));

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
