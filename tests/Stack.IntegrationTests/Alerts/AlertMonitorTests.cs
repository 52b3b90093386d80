using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>Each alert monitor fires and resolves against the running stack, driven through the simulator's
/// magic file names and fault settings; the webhook is a local listener, the alerts are also read back from
/// GET /ops/api/alerts and /ops/api/alerts/recent.</summary>
[Collection(AlertsStackCollection.Name)]
public sealed class AlertMonitorTests(AlertsStackFixture stack)
{
    private static readonly TimeSpan FireWithin = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan ResolveWithin = TimeSpan.FromSeconds(30);

    private static object Faults(double uploadFailureRate = 0, double statusFailureRate = 0, int statusLatencyMs = 0) => new
    {
        uploadFailureRate, statusFailureRate, statusLatencyMs, rateLimitPerSecond = 0, malformedStatusRate = 0,
    };

    private async Task SetFaultsAsync(object faults)
    {
        using var sim = stack.Client(AppIds.LighthouseSim);
        (await sim.PutAsJsonAsync("/_sim/faults", faults)).EnsureSuccessStatusCode();
    }

    private async Task<Guid> UploadAsync(HttpClient veteran, string claimId, string fileName, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await Uploads.PostAsync(veteran, claimId, Uploads.Form(fileName));
        Assert.True(response.StatusCode == expected, $"{fileName}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return expected == HttpStatusCode.Created ? (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id : Guid.Empty;
    }

    /// <summary>The fired event for the monitor (and subject), then the resolved event of that same alert, with the
    /// alert listed as active in between and as resolved afterwards.</summary>
    private async Task<WebhookEvent> FiredAsync(int mark, string monitor, string? subject = null)
    {
        var fired = await stack.Webhook.WaitForAsync(mark,
            e => e.Event == "fired" && e.Monitor == monitor && (subject is null || e.Subject == subject), FireWithin, $"firing of {monitor}");
        using var ops = await stack.OperatorAsync();
        var active = await ops.GetFromJsonAsync<JsonElement>("/ops/api/alerts");
        Assert.Contains(active.EnumerateArray(), a => a.GetProperty("id").GetGuid() == fired.AlertId);
        // Sent to the configured URL, secret included, and logged at Error without it.
        Assert.Equal($"?token={WebhookReceiver.Secret}", fired.Query);
        await stack.LoggedAsync("Alert fired: " + monitor);
        Assert.DoesNotContain(stack.Log, line => line.Contains(WebhookReceiver.Secret, StringComparison.Ordinal));
        return fired;
    }

    private async Task<WebhookEvent> ResolvedAsync(WebhookEvent fired)
    {
        var resolved = await stack.Webhook.WaitForAsync(0, e => e.Event == "resolved" && e.AlertId == fired.AlertId, ResolveWithin,
            $"resolution of {fired.Monitor}/{fired.Subject}");
        Assert.Equal((fired.Monitor, fired.Subject), (resolved.Monitor, resolved.Subject));
        Assert.Equal(fired.Alert.GetProperty("firedAt").GetDateTimeOffset(), resolved.Alert.GetProperty("firedAt").GetDateTimeOffset());
        Assert.True(resolved.Alert.GetProperty("resolvedAt").GetDateTimeOffset() >= resolved.Alert.GetProperty("firedAt").GetDateTimeOffset());
        using var ops = await stack.OperatorAsync();
        var active = await ops.GetFromJsonAsync<JsonElement>("/ops/api/alerts");
        Assert.DoesNotContain(active.EnumerateArray(), a => a.GetProperty("id").GetGuid() == fired.AlertId);
        var recent = await ops.GetFromJsonAsync<JsonElement>("/ops/api/alerts/recent?limit=100");
        var row = Assert.Single(recent.EnumerateArray(), a => a.GetProperty("id").GetGuid() == fired.AlertId);
        Assert.NotEqual(JsonValueKind.Null, row.GetProperty("resolvedAt").ValueKind);
        return resolved;
    }

    /// <summary>Waits until no alert of the monitor is active (another test may have left one resolving).</summary>
    private async Task QuietAsync(string monitor)
    {
        using var ops = await stack.OperatorAsync();
        var active = await Eventually.PollAsync(() => ops.GetFromJsonAsync<JsonElement>("/ops/api/alerts"),
            a => a.EnumerateArray().All(x => x.GetProperty("monitor").GetString() != monitor), ResolveWithin);
        Assert.DoesNotContain(active.EnumerateArray(), x => x.GetProperty("monitor").GetString() == monitor);
    }

    [Fact]
    public async Task The_alert_routes_need_the_ops_role()
    {
        using var anonymous = stack.Client(AppIds.DocumentWorkflow);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ops/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ops/api/alerts/recent")).StatusCode);

        using var veteran = await stack.VeteranAsync("600043299");
        using var asVeteran = stack.Client(AppIds.DocumentWorkflow);
        asVeteran.DefaultRequestHeaders.Authorization = veteran.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Forbidden, (await asVeteran.GetAsync("/ops/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asVeteran.GetAsync("/ops/api/alerts/recent")).StatusCode);

        using var ops = await stack.OperatorAsync();
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/ops/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ops.GetAsync("/ops/api/alerts/recent?limit=0")).StatusCode);
    }

    [Fact]
    public async Task A_total_status_outage_fires_after_one_cycle_and_resolves_when_calls_succeed()
    {
        var mark = stack.Webhook.Events.Count;
        using var veteran = await stack.VeteranAsync("600043201");
        // A document to poll: while status calls fail, it stays pending and every cycle asks again.
        var id = await UploadAsync(veteran, "600000701", "status-outage.pdf");
        await SetFaultsAsync(Faults(statusFailureRate: 1));
        WebhookEvent fired;
        try
        {
            fired = await FiredAsync(mark, "provider_status_errors", "lighthouse");
            Assert.Equal("critical", fired.Severity);
            // Every call failing is a total outage: it pages on the first such cycle, not after
            // Monitoring:ProviderErrorCycles of them (the consecutive-cycle rule is for partial failure).
            Assert.StartsWith("Every status call to provider lighthouse failed in the last poll cycle", fired.Summary);
        }
        finally
        {
            await SetFaultsAsync(Faults());
        }
        await ResolvedAsync(fired);
        await Uploads.WaitForAsync(veteran, id, d => d.Status == "completed");
    }

    [Fact]
    public async Task Upload_failures_fire_above_the_ratio_and_resolve_when_uploads_succeed_again()
    {
        await QuietAsync("upload_failures");
        var mark = stack.Webhook.Events.Count;
        using var veteran = await stack.VeteranAsync("600043202");
        await SetFaultsAsync(Faults(uploadFailureRate: 1));
        try
        {
            // 2 of 2 failed: the minimum is 2, the ratio 0.5.
            await UploadAsync(veteran, "600000702", "refused-1.pdf", HttpStatusCode.BadGateway);
            await UploadAsync(veteran, "600000702", "refused-2.pdf", HttpStatusCode.BadGateway);
        }
        finally
        {
            await SetFaultsAsync(Faults());
        }
        var fired = await FiredAsync(mark, "upload_failures", "lighthouse");
        Assert.Equal("critical", fired.Severity);
        Assert.Matches(@"^\d+ of \d+ uploads to provider lighthouse failed in the last 30 s \(\d+%; threshold 50%\)\.$", fired.Summary);

        // Enough good uploads bring the ratio to 50% or below.
        var failed = int.Parse(fired.Summary.Split(' ')[0]);
        var registered = int.Parse(fired.Summary.Split(' ')[2]);
        for (var i = 0; i < 2 * failed - registered; i++) await UploadAsync(veteran, "600000702", $"accepted-{i}.pdf");
        await ResolvedAsync(fired);
    }

    [Fact]
    public async Task A_failure_spike_fires_and_resolves_once_the_failures_leave_the_window()
    {
        await QuietAsync("failure_spike");
        var mark = stack.Webhook.Events.Count;
        using var veteran = await stack.VeteranAsync("600043203");
        var vbms = await UploadAsync(veteran, "600000703", "sim-fail-vbms-1.pdf");
        var bgs = await UploadAsync(veteran, "600000703", "sim-fail-bgs-2.pdf");

        var fired = await FiredAsync(mark, "failure_spike");
        Assert.Equal(("", "warning"), (fired.Subject, fired.Severity));
        Assert.Matches(@"^\d+ documents failed in the last 8 s \(threshold 1\)\.$", fired.Summary);
        Assert.Equal("failed", (await Uploads.WaitForAsync(veteran, vbms, d => d.Status == "failed")).Status);
        Assert.Equal("failed", (await Uploads.WaitForAsync(veteran, bgs, d => d.Status == "failed")).Status);

        await ResolvedAsync(fired);
    }

    [Fact]
    public async Task Stuck_documents_warn_then_go_critical_when_timed_out_and_resolve_when_the_document_is_final()
    {
        await QuietAsync("stuck_documents");
        var mark = stack.Webhook.Events.Count;
        using var veteran = await stack.VeteranAsync("600043204");
        var id = await UploadAsync(veteran, "600000704", "sim-stuck.pdf");

        var warning = await FiredAsync(mark, "stuck_documents", "warning");
        Assert.Equal("warning", warning.Severity);
        Assert.Equal("1 document has been submitted or in progress for more than 8 s without a final status.", warning.Summary);

        // Timed out at 14 s: the same document is now critical, and no longer counted as a warning.
        var critical = await FiredAsync(mark, "stuck_documents", "critical");
        Assert.Equal("critical", critical.Severity);
        // Past 14 s it counts as critical whether or not a poll has marked it timed_out yet.
        Assert.Matches(@"^1 document has been without a final status more than 14 s after upload " +
                       @"\((1 still pending, 0 timed out|0 still pending, 1 timed out)\)\.$", critical.Summary);
        await ResolvedAsync(warning);
        Assert.Equal("timed_out", (await Uploads.WaitForAsync(veteran, id, d => d.Status == "timed_out")).Status);

        // The simulator forgets every upload: the provider no longer knows the document, which ends not_found.
        using (var sim = stack.Client(AppIds.LighthouseSim))
        {
            (await sim.DeleteAsync("/_sim/uploads")).EnsureSuccessStatusCode();
        }
        await Uploads.WaitForAsync(veteran, id, d => d.Status == "not_found");
        await ResolvedAsync(critical);
    }

    [Fact]
    public async Task A_stalled_poller_fires_while_a_cycle_hangs_on_a_slow_provider_and_resolves_when_it_completes()
    {
        await QuietAsync("poller_stalled");
        var mark = stack.Webhook.Events.Count;
        using var veteran = await stack.VeteranAsync("600043205");
        // A document the poller must ask about, then a provider that takes 9 s per status answer: the cycle
        // in flight cannot complete, and no other cycle starts while it holds the lease (stall = 2 x 2 s).
        var id = await UploadAsync(veteran, "600000705", "slow-provider.pdf");
        await SetFaultsAsync(Faults(statusLatencyMs: 9000));
        WebhookEvent fired;
        try
        {
            fired = await FiredAsync(mark, "poller_stalled");
            Assert.Equal(("", "critical"), (fired.Subject, fired.Severity));
            Assert.Matches(@"^No poll cycle has completed for \d+(\.\d)? s since the last one \(expected one every 2 s; alert after 4 s\)\.$",
                fired.Summary);
        }
        finally
        {
            await SetFaultsAsync(Faults());
        }
        await ResolvedAsync(fired);
        await Uploads.WaitForAsync(veteran, id, d => d.Status == "completed");
    }

    [Fact]
    public async Task An_incomplete_form_526_submission_fires_past_its_sla_and_resolves_when_its_document_completes()
    {
        await QuietAsync("incomplete_submissions");
        var mark = stack.Webhook.Events.Count;
        using var pipeline = stack.ServiceClient(AppIds.UploadApi);
        var submissionId = $"526-alert-{Guid.NewGuid():N}"[..24];
        var route = $"/internal/form526/submissions/{submissionId}";
        using (var declared = await pipeline.PutAsJsonAsync(route, new Form526SubmissionDeclaration("600000526", "p-526",
                   DateTimeOffset.UtcNow, [new Form526ExpectedDocument(Form526Kinds.BddInstructions)])))
        {
            Assert.True(declared.IsSuccessStatusCode, await declared.Content.ReadAsStringAsync());
        }

        var fired = await FiredAsync(mark, "incomplete_submissions", submissionId);
        Assert.Equal("warning", fired.Severity);
        Assert.StartsWith($"Form 526 submission {submissionId}, submitted ", fired.Summary);
        Assert.EndsWith("is missing bdd_instructions (not uploaded) more than 4 s after submission.", fired.Summary);

        var file = new ByteArrayContent(SamplePdf.Create());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { file, "file", "bdd-instructions.pdf" },
            { new StringContent(Form526Kinds.BddInstructions), "kind" },
            { new StringContent("600000526"), "claim_id" },
            { new StringContent("p-526"), "participant_id" },
        };
        using (var uploaded = await pipeline.PostAsync($"{route}/documents", form))
        {
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }
        await ResolvedAsync(fired);
    }
}
