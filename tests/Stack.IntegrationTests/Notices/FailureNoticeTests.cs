using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests.Notices;

/// <summary>A veteran whose document fails is emailed through VA Notify (notify-sim) exactly once: also when VA Notify
/// fails the first attempts, and when document-workflow dies after the transition and before the send. With no poll
/// cycles at all, the veteran's own reads bring the status (on-demand refresh).</summary>
[Collection(NoticesStackCollection.Name)]
public sealed class FailureNoticeTests(NoticesStackFixture stack) : IAsyncLifetime
{
    // appsettings.Development.json's template for documents a veteran uploads for a claim.
    private const string ClaimEvidenceTemplate = "5a4d3c2b-1e0f-4a9b-8c7d-000000000001";

    public Task InitializeAsync() => SetNotifyFaultsAsync(failureRate: 0);

    public Task DisposeAsync() => SetNotifyFaultsAsync(failureRate: 0);

    private async Task SetNotifyFaultsAsync(double failureRate)
    {
        using var sim = stack.Client(AppIds.NotifySim);
        (await sim.PutAsJsonAsync("/_sim/faults", new { failureRate, latencyMs = 0, rateLimitPerSecond = 0 })).EnsureSuccessStatusCode();
    }

    private async Task<(HttpClient Client, DocumentAnswer Created)> UploadAsync(string fileName, string participant)
    {
        var client = await stack.VeteranAsync(participant);
        using var response = await Uploads.PostAsync(client, "600000001", Uploads.Form(fileName));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (client, (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!);
    }

    private async Task<IReadOnlyList<SimNotification>> NotificationsAsync(Guid documentId)
    {
        using var sim = stack.Client(AppIds.NotifySim);
        return (await sim.GetFromJsonAsync<List<SimNotification>>($"/_sim/notifications?reference=document-failure-{documentId}"))!;
    }

    /// <summary>Waits for the notice, then a few sender rounds more, so a second email would have arrived too.</summary>
    private async Task<SimNotification> TheOneNotificationAsync(Guid documentId)
    {
        var deadline = Stopwatch.StartNew();
        while ((await NotificationsAsync(documentId)).Count == 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"no notice reached notify-sim for {documentId}");
            await Task.Delay(200);
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        return Assert.Single(await NotificationsAsync(documentId));
    }

    private const string NoticeOf = "FROM document_notices n JOIN documents d ON d.seq = n.document_seq WHERE d.id = $id";

    private long Attempts(Guid documentId) => stack.Scalar($"SELECT n.attempts {NoticeOf}", ("$id", documentId.ToString()));

    [Fact]
    public async Task A_document_failing_in_BGS_emails_its_veteran_once_with_first_words_only()
    {
        var (client, created) = await UploadAsync("evidence-sim-fail-bgs.pdf", "600043201");

        // No poll cycle runs here: the veteran's reads refresh the status.
        var failed = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "failed");
        var notification = await TheOneNotificationAsync(created.Id);

        Assert.Equal("BENEFITS_GATEWAY_SERVICE", failed.Step);
        Assert.Equal(ClaimEvidenceTemplate, notification.TemplateId);
        Assert.Equal(new SimRecipient("PID", "600043201"), notification.RecipientIdentifier);
        Assert.Equal("evidence sim fail…", notification.Personalisation!["file_name"]);
        Assert.Equal("L023", notification.Personalisation["document_type"]);
        Assert.Equal(0, stack.Scalar("SELECT count(*) FROM poll_cycles"));

        using var ops = await stack.OperatorAsync();
        var view = await ops.GetFromJsonAsync<System.Text.Json.JsonElement>($"/ops/api/documents/{created.Id}");
        var notice = view.GetProperty("veteranNotice");
        Assert.Equal(("sent", notification.Id), (notice.GetProperty("state").GetString(), notice.GetProperty("notificationId").GetString()));
        Assert.StartsWith("Veteran notified at ", notice.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task With_polling_off_a_document_the_provider_finished_reads_completed_on_the_next_get()
    {
        var (client, created) = await UploadAsync("statement.pdf", "600043202");
        Assert.Equal("submitted", created.Status);

        // The simulator finishes it in about 0.2 s; once the stored status is older than Polling:OnDemandMaxAge (1 s)
        // the veteran's next read asks the provider first.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var next = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");

        Assert.Equal("completed", next!.Status);
        Assert.Equal("completed", next.History[^1].To);
        Assert.Equal(0, stack.Scalar("SELECT count(*) FROM poll_cycles"));
        Assert.Empty(await NotificationsAsync(created.Id)); // a completed document tells nobody anything
    }

    [Fact]
    public async Task When_VA_Notify_fails_the_first_attempts_the_veteran_is_still_emailed_once()
    {
        await SetNotifyFaultsAsync(failureRate: 1);
        var (client, created) = await UploadAsync("evidence-sim-fail-bgs.pdf", "600043203");
        await Uploads.WaitForAsync(client, created.Id, d => d.Status == "failed");

        var deadline = Stopwatch.StartNew();
        while (Attempts(created.Id) < 2)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the sender did not retry");
            await Task.Delay(200);
        }
        Assert.Empty(await NotificationsAsync(created.Id));
        await SetNotifyFaultsAsync(failureRate: 0);

        await TheOneNotificationAsync(created.Id);
        Assert.Equal("sent", stack.Text($"SELECT n.state {NoticeOf}", ("$id", created.Id.ToString())));
        Assert.True(Attempts(created.Id) >= 3);
    }

    [Fact]
    public async Task A_notice_queued_before_document_workflow_dies_is_sent_once_after_it_restarts()
    {
        // The transition commits with its notice; VA Notify refuses every send, so none has gone out when the process dies.
        await SetNotifyFaultsAsync(failureRate: 1);
        var (client, created) = await UploadAsync("evidence-sim-fail-bgs.pdf", "600043204");
        await Uploads.WaitForAsync(client, created.Id, d => d.Status == "failed");
        Assert.Equal("pending", stack.Text($"SELECT n.state {NoticeOf}", ("$id", created.Id.ToString())));

        var killed = Process.GetProcessById(stack.App.ProcessIdOf(AppIds.DocumentWorkflow));
        killed.Kill();
        await killed.WaitForExitAsync();
        await SetNotifyFaultsAsync(failureRate: 0);
        await stack.App.ResourceCommands.ExecuteCommandAsync(AppIds.DocumentWorkflow, KnownResourceCommands.StartCommand);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync(AppIds.DocumentWorkflow);

        var notification = await TheOneNotificationAsync(created.Id);
        Assert.Equal(new SimRecipient("PID", "600043204"), notification.RecipientIdentifier);
    }
}
