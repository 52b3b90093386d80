using System.Net;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>A document travels end to end: upload-api -> provider-lighthouse -> lighthouse-sim,
/// registered with document-workflow, polled until the simulator reports a final status.</summary>
[Collection(StackCollection.Name)]
public sealed class DocumentJourneyTests(StackFixture stack)
{
    private static bool Final(DocumentAnswer d) => d.Status is "completed" or "failed" or "not_found" or "timed_out";

    private async Task<(HttpClient Client, DocumentAnswer Created)> UploadAsync(string fileName, string participant = "p-100")
    {
        var client = await stack.VeteranAsync(participant);
        using var response = await Uploads.PostAsync(client, "600000001", Uploads.Form(fileName));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!;
        Assert.Equal($"/v0/document_uploads/{created.Id}", response.Headers.Location?.OriginalString);
        return (client, created);
    }

    [Fact]
    public async Task An_uploaded_document_reaches_completed()
    {
        var (client, created) = await UploadAsync("statement.pdf");
        Assert.Equal("submitted", created.Status);
        Assert.Equal("lighthouse", created.Provider);
        Assert.False(string.IsNullOrEmpty(created.ProviderRequestId));
        Assert.Equal([1234L], created.TrackedItemIds);

        var done = await Uploads.WaitForAsync(client, created.Id, Final);

        Assert.Equal("completed", done.Status);
        Assert.Null(done.Error);
        Assert.Equal("submitted", done.History[0].To);
        Assert.Equal("completed", done.History[^1].To);
        Assert.Equal("SUCCESS", done.History[^1].ProviderStatus);
        Assert.All(done.History.Skip(1), h => Assert.Contains(h.To, new[] { "in_progress", "completed" }));
    }

    [Fact]
    public async Task A_document_failing_in_BGS_is_failed_at_that_step_with_the_provider_detail()
    {
        var (client, created) = await UploadAsync("evidence-sim-fail-bgs.pdf");

        var done = await Uploads.WaitForAsync(client, created.Id, Final);

        Assert.Equal("failed", done.Status);
        Assert.Equal("BENEFITS_GATEWAY_SERVICE", done.Step);
        Assert.False(string.IsNullOrWhiteSpace(done.Error));
        Assert.Equal(done.Error, done.History[^1].Detail);
    }

    [Fact]
    public async Task A_document_failing_in_VBMS_is_failed_at_that_step()
    {
        var (client, created) = await UploadAsync("evidence-sim-fail-vbms.pdf");
        var done = await Uploads.WaitForAsync(client, created.Id, Final);
        Assert.Equal(("failed", "CLAIMS_EVIDENCE"), (done.Status, done.Step));
    }

    [Fact]
    public async Task A_failure_without_an_error_object_is_failed_at_the_first_unfinished_step_not_a_crash()
    {
        var (client, created) = await UploadAsync("evidence-sim-fail-noerror.pdf");
        var done = await Uploads.WaitForAsync(client, created.Id, Final);
        Assert.Equal(("failed", "CLAIMS_EVIDENCE"), (done.Status, done.Step));
        Assert.Contains("without giving a reason", done.Error);
    }

    [Fact]
    public async Task A_stuck_document_times_out_and_is_still_polled()
    {
        var (client, created) = await UploadAsync("evidence-sim-stuck.pdf");
        var inProgress = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "in_progress");
        Assert.Equal("CLAIMS_EVIDENCE", inProgress.Step);

        var timedOut = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "timed_out", TimeSpan.FromSeconds(30));

        Assert.Equal("CLAIMS_EVIDENCE", timedOut.Step);
        Assert.Equal("timed_out", timedOut.History[^1].To);
        Assert.Contains("not reported a final status", timedOut.Error);
        // Timed out is not the end: the document is still asked about.
        var polledAgain = await Uploads.WaitForAsync(client, created.Id, d => d.LastPolledAt > timedOut.LastPolledAt);
        Assert.Equal("timed_out", polledAgain.Status);
    }

    [Fact]
    public async Task A_document_the_provider_never_finds_becomes_not_found_after_the_grace_window_and_is_left_alone()
    {
        var (client, created) = await UploadAsync("evidence-sim-not-found.pdf");
        var early = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");
        Assert.Equal("submitted", early!.Status); // within the grace window: retried, not given up

        var notFound = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "not_found");

        Assert.Equal("not_found", notFound.History[^1].To);
        Assert.Equal("NOT_FOUND", notFound.History[^1].ProviderStatus);
        Assert.True(notFound.CreatedAt.AddSeconds(3) <= notFound.History[^1].At, "gave up before the grace window ended");
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two more poll intervals
        var later = await client.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");
        Assert.Equal(notFound.LastPolledAt, later!.LastPolledAt); // never polled again
        Assert.Equal(notFound.History.Count, later.History.Count);
    }

    [Fact]
    public async Task A_document_the_provider_never_mentions_is_not_lost_it_times_out()
    {
        var (client, created) = await UploadAsync("evidence-sim-unmentioned.pdf");
        var polled = await Uploads.WaitForAsync(client, created.Id, d => d.LastPolledAt is not null);
        Assert.Equal("submitted", polled.Status); // asked about, no news: nothing changes yet

        var timedOut = await Uploads.WaitForAsync(client, created.Id, d => d.Status == "timed_out", TimeSpan.FromSeconds(30));
        Assert.Equal("timed_out", timedOut.History[^1].To);
    }

    [Fact]
    public async Task An_answer_about_an_id_nobody_asked_for_is_ignored_and_logged_not_a_crash()
    {
        var (client, created) = await UploadAsync("evidence-sim-extra-id.pdf");

        var done = await Uploads.WaitForAsync(client, created.Id, Final);

        Assert.Equal("completed", done.Status);
        await stack.LoggedAsync("request ids nobody asked about");
    }

    [Fact]
    public async Task Only_the_owner_can_read_a_document()
    {
        var (_, created) = await UploadAsync("private.pdf", participant: "owner-1");
        var stranger = await stack.VeteranAsync("stranger-2");

        using var response = await stranger.GetAsync($"/v0/document_uploads/{created.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("DOCUMENT_NOT_FOUND", (await response.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
    }

    [Fact]
    public async Task The_claim_listing_shows_the_callers_documents_newest_first()
    {
        var client = await stack.VeteranAsync("lister-3");
        var ids = new List<Guid>();
        foreach (var name in new[] { "first.pdf", "second.pdf" })
        {
            using var response = await Uploads.PostAsync(client, "600000777", Uploads.Form(name));
            ids.Add((await response.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id);
        }

        var listed = await client.GetFromJsonAsync<ListAnswer>("/v0/benefits_claims/600000777/benefits_documents");

        Assert.Equal([ids[1], ids[0]], listed!.Data.Select(d => d.Id));
    }

    [Fact]
    public async Task Uploads_need_a_token()
    {
        using var anonymous = stack.Client(AppIds.UploadApi);
        using var response = await Uploads.PostAsync(anonymous, "600000001", Uploads.Form("a.pdf"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_upload_gets_a_clear_error_and_records_nothing()
    {
        var client = await stack.VeteranAsync("validator-4");

        using var badType = await Uploads.PostAsync(client, "600000888", Uploads.Form("a.pdf", documentType: "NOPE"));
        using var badIds = await Uploads.PostAsync(client, "600000888", Uploads.Form("a.pdf", trackedItemIds: "[\"x\"]"));
        using var empty = await Uploads.PostAsync(client, "600000888", Uploads.Form("a.pdf", content: []));

        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal("INVALID_DOCUMENT_TYPE", (await badType.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        Assert.Equal("INVALID_TRACKED_ITEM_IDS", (await badIds.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        Assert.Equal("FILE_EMPTY", (await empty.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        var listed = await client.GetFromJsonAsync<ListAnswer>("/v0/benefits_claims/600000888/benefits_documents");
        Assert.Empty(listed!.Data);
    }

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
