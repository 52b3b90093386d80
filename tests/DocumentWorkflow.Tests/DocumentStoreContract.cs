using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests;

/// <summary>What every <see cref="IDocumentStore"/> must do. Each implementation runs this same
/// suite against a real database by deriving from it.</summary>
public abstract class DocumentStoreContract
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, initialized, empty store.</summary>
    protected abstract Task<IDocumentStore> CreateStoreAsync();

    private static NewDocument Doc(string? requestId, string claim = "600000001", string participant = "p1") =>
        new(Guid.CreateVersion7(), "lighthouse", requestId, claim, participant, "L023", "statement.pdf", [1234, 5678]);

    private static async Task<TrackedDocument> Register(IDocumentStore store, string? requestId, string claim = "600000001",
        string participant = "p1") =>
        (await store.RegisterAsync(Doc(requestId, claim, participant), DocumentStateMachine.Register(T0), None)).Document;

    private static Transition Move(DocumentState from, DocumentState to, string? step, TransitionKind kind, string? detail = null) =>
        new(from, null, to, step, detail, "IN_PROGRESS", kind, T0.AddMinutes(5));

    [Fact]
    public async Task Initialize_is_idempotent()
    {
        var store = await CreateStoreAsync();
        await store.InitializeAsync(None);
        await store.InitializeAsync(None);
        Assert.NotNull(await Register(store, "1"));
    }

    [Fact]
    public async Task A_registered_document_reads_back_with_its_first_history_entry()
    {
        var store = await CreateStoreAsync();
        var doc = Doc("100");
        var result = await store.RegisterAsync(doc, DocumentStateMachine.Register(T0), None);

        Assert.True(result.Created);
        var read = (await store.GetAsync(doc.Id, None))!;
        Assert.Equal((doc.Id, "lighthouse", "100", "600000001", "p1", "L023", "statement.pdf"),
            (read.Id, read.Provider, read.ProviderRequestId, read.ClaimId, read.ParticipantId, read.DocumentType, read.FileName));
        Assert.Equal([1234L, 5678L], read.TrackedItemIds);
        Assert.Equal(DocumentState.Submitted, read.State);
        Assert.Equal(T0, read.CreatedAt);
        var history = await store.GetHistoryAsync(doc.Id, None);
        Assert.Equal(TransitionKind.Registered, Assert.Single(history).Kind);
    }

    [Fact]
    public async Task Form_526_fields_round_trip_and_other_documents_have_none()
    {
        var store = await CreateStoreAsync();
        var upload = Doc("526") with { Form526SubmissionId = "sub-1", Form526Kind = "veteran_upload", AttachmentId = "att-9" };
        var created = (await store.RegisterAsync(upload, DocumentStateMachine.Register(T0), None)).Document;
        var plain = await Register(store, "plain");

        var read = (await store.GetAsync(upload.Id, None))!;
        var retried = (await store.RegisterAsync(upload, DocumentStateMachine.Register(T0), None)).Document;
        var listed = await store.ListForClaimAsync("p1", "600000001", null, 50, None);

        Assert.Equal(("sub-1", "veteran_upload", "att-9"), (created.Form526SubmissionId, created.Form526Kind, created.AttachmentId));
        Assert.Equal(("sub-1", "veteran_upload", "att-9"), (read.Form526SubmissionId, read.Form526Kind, read.AttachmentId));
        Assert.Equal("att-9", retried.AttachmentId);
        Assert.Equal("att-9", listed.Single(d => d.Id == upload.Id).AttachmentId);
        Assert.Equal((null, null, null), (plain.Form526SubmissionId, plain.Form526Kind, plain.AttachmentId));
    }

    [Fact]
    public async Task Registering_the_same_provider_request_twice_returns_the_first()
    {
        var store = await CreateStoreAsync();
        var first = await Register(store, "200");
        var again = await store.RegisterAsync(Doc("200"), DocumentStateMachine.Register(T0), None);

        Assert.False(again.Created);
        Assert.Equal(first.Id, again.Document.Id);
        Assert.Single(await store.GetHistoryAsync(first.Id, None));
    }

    [Fact]
    public async Task Registering_the_same_tracking_id_twice_returns_the_first()
    {
        var store = await CreateStoreAsync();
        var doc = Doc(null);
        var failure = DocumentStateMachine.RegisterUploadFailure("UPSTREAM_UNAVAILABLE: down", T0);
        Assert.True((await store.RegisterAsync(doc, failure, None)).Created);
        var again = await store.RegisterAsync(doc, failure, None);
        Assert.False(again.Created);
        Assert.Equal(DocumentState.UploadFailed, again.Document.State);
        Assert.Equal("UPSTREAM_UNAVAILABLE: down", again.Document.Error);
    }

    [Fact]
    public async Task Upload_failures_without_request_ids_do_not_collide()
    {
        var store = await CreateStoreAsync();
        var failure = DocumentStateMachine.RegisterUploadFailure("down", T0);
        Assert.True((await store.RegisterAsync(Doc(null), failure, None)).Created);
        Assert.True((await store.RegisterAsync(Doc(null), failure, None)).Created);
    }

    [Fact]
    public async Task A_missing_document_is_null()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetAsync(Guid.NewGuid(), None));
        Assert.Empty(await store.GetHistoryAsync(Guid.NewGuid(), None));
    }

    [Fact]
    public async Task Claim_listing_is_per_participant_and_newest_first()
    {
        var store = await CreateStoreAsync();
        var older = await Register(store, "1");
        var newer = await Register(store, "2");
        await Register(store, "3", participant: "someone-else");
        await Register(store, "4", claim: "other-claim");

        var listed = await store.ListForClaimAsync("p1", "600000001", null, 50, None);

        Assert.Equal([newer.Id, older.Id], listed.Select(d => d.Id));
    }

    [Fact]
    public async Task Claim_listing_pages_by_keyset_newest_first_without_gaps_or_repeats()
    {
        var store = await CreateStoreAsync();
        var registered = new List<TrackedDocument>();
        for (var i = 0; i < 7; i++) registered.Add(await Register(store, $"page-{i}"));
        await Register(store, "elsewhere", participant: "someone-else");

        var first = await store.ListForClaimAsync("p1", "600000001", null, 3, None);
        var second = await store.ListForClaimAsync("p1", "600000001", first[^1].Seq, 3, None);
        var third = await store.ListForClaimAsync("p1", "600000001", second[^1].Seq, 3, None);
        // A document registered after the first page was read does not shift the later pages.
        await Register(store, "late");
        var again = await store.ListForClaimAsync("p1", "600000001", first[^1].Seq, 3, None);

        var newestFirst = registered.Select(d => d.Id).Reverse().ToList();
        Assert.Equal(newestFirst, first.Concat(second).Concat(third).Select(d => d.Id));
        Assert.Single(third);
        Assert.Equal(second.Select(d => d.Id), again.Select(d => d.Id));
    }

    [Fact]
    public async Task Pending_pages_follow_seq_and_skip_terminal_and_recently_polled_timed_out_documents()
    {
        var store = await CreateStoreAsync();
        var docs = new List<TrackedDocument>();
        for (var i = 0; i < 6; i++) docs.Add(await Register(store, $"{i}"));
        await store.RegisterAsync(Doc(null), DocumentStateMachine.RegisterUploadFailure("down", T0), None);
        // 1 completes (terminal); 2 and 3 time out, which marks them polled at T0+1h.
        await store.ApplyPollResultsAsync(
        [
            new(docs[1].Seq, docs[1].Version, Move(DocumentState.Submitted, DocumentState.Completed, null, TransitionKind.Completed)),
            new(docs[2].Seq, docs[2].Version, Move(DocumentState.Submitted, DocumentState.TimedOut, null, TransitionKind.TimedOut)),
            new(docs[3].Seq, docs[3].Version, Move(DocumentState.Submitted, DocumentState.TimedOut, null, TransitionKind.TimedOut)),
        ], [], T0.AddHours(1), None);
        var cut = T0.AddMinutes(30); // timed-out documents polled after this are not due yet
        var page1 = await store.GetPendingPageAsync(0, 2, cut, None);
        var page2 = await store.GetPendingPageAsync(page1[^1].Seq, 2, cut, None);
        var page3 = await store.GetPendingPageAsync(page2.Count > 0 ? page2[^1].Seq : long.MaxValue, 2, cut, None);

        Assert.Equal([docs[0].Seq, docs[4].Seq], page1.Select(d => d.Seq));
        Assert.Equal([docs[5].Seq], page2.Select(d => d.Seq));
        Assert.Empty(page3);

        var later = await store.GetPendingPageAsync(0, 10, T0.AddHours(2), None);
        Assert.Equal([docs[0].Seq, docs[2].Seq, docs[3].Seq, docs[4].Seq, docs[5].Seq], later.Select(d => d.Seq));
        Assert.Equal(DocumentState.TimedOut, later[1].State);
        Assert.Equal("2", later[1].ProviderRequestId);
    }

    [Fact]
    public async Task Applying_changes_moves_documents_appends_history_and_marks_them_polled()
    {
        var store = await CreateStoreAsync();
        var a = await Register(store, "a");
        var b = await Register(store, "b");
        var polledAt = T0.AddMinutes(10);

        var result = await store.ApplyPollResultsAsync(
            [new(a.Seq, a.Version, Move(DocumentState.Submitted, DocumentState.Failed, "BENEFITS_GATEWAY_SERVICE",
                TransitionKind.Failed, "BGS down"))],
            [a.Seq, b.Seq], polledAt, None);

        Assert.Single(result.Applied);
        Assert.Equal(0, result.Conflicts);
        var movedA = (await store.GetAsync(a.Id, None))!;
        Assert.Equal((DocumentState.Failed, "BENEFITS_GATEWAY_SERVICE", "BGS down"), (movedA.State, movedA.Step, movedA.Error));
        Assert.Equal(polledAt, movedA.LastPolledAt);
        Assert.True(movedA.Version > a.Version);
        Assert.Equal(2, (await store.GetHistoryAsync(a.Id, None)).Count);
        var touchedB = (await store.GetAsync(b.Id, None))!;
        Assert.Equal((DocumentState.Submitted, polledAt, b.Version), (touchedB.State, touchedB.LastPolledAt, touchedB.Version));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_skipped_not_applied_twice()
    {
        var store = await CreateStoreAsync();
        var doc = await Register(store, "x");
        var progress = Move(DocumentState.Submitted, DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed);

        var first = await store.ApplyPollResultsAsync([new(doc.Seq, doc.Version, progress)], [], T0, None);
        var racing = await store.ApplyPollResultsAsync([new(doc.Seq, doc.Version, progress)], [], T0, None);

        Assert.Single(first.Applied);
        Assert.Empty(racing.Applied);
        Assert.Equal(1, racing.Conflicts);
        Assert.Equal(2, (await store.GetHistoryAsync(doc.Id, None)).Count);
    }

    [Fact]
    public async Task A_lease_has_one_holder_until_it_expires_or_is_released()
    {
        var store = await CreateStoreAsync();
        var ttl = TimeSpan.FromMinutes(1);

        Assert.True(await store.TryAcquireLeaseAsync("poll", "a", T0, ttl, None));
        Assert.False(await store.TryAcquireLeaseAsync("poll", "b", T0.AddSeconds(30), ttl, None));
        Assert.True(await store.TryAcquireLeaseAsync("poll", "a", T0.AddSeconds(30), ttl, None)); // renewal
        Assert.False(await store.TryAcquireLeaseAsync("poll", "b", T0.AddSeconds(80), ttl, None)); // renewed until T0+90s
        Assert.True(await store.TryAcquireLeaseAsync("poll", "b", T0.AddSeconds(91), ttl, None)); // a crashed: expired

        await store.ReleaseLeaseAsync("poll", "a", None); // not a's any more: no effect
        Assert.False(await store.TryAcquireLeaseAsync("poll", "c", T0.AddSeconds(92), ttl, None));
        await store.ReleaseLeaseAsync("poll", "b", None);
        Assert.True(await store.TryAcquireLeaseAsync("poll", "c", T0.AddSeconds(92), ttl, None));
    }

    [Fact]
    public async Task Cycles_are_recorded_updated_and_abandoned()
    {
        var store = await CreateStoreAsync();
        var dead = new PollCycleRecord(Guid.CreateVersion7(), "schedule", T0, null, PollCycleRecord.Running, 0, 0,
            new Dictionary<string, int>(), 0, 0, 0, null);
        var current = dead with { Id = Guid.CreateVersion7(), StartedAt = T0.AddMinutes(1) };
        await store.SaveCycleAsync(dead, None);
        await store.SaveCycleAsync(current, None);

        Assert.Equal(1, await store.AbandonRunningCyclesAsync(current.Id, T0.AddMinutes(2), None));
        await store.SaveCycleAsync(current with
        {
            FinishedAt = T0.AddMinutes(3), Outcome = PollCycleRecord.Succeeded, DocumentsPolled = 7, Transitions = 2,
            TransitionsByKind = new Dictionary<string, int> { ["completed"] = 2 },
        }, None);

        var recent = await store.RecentCyclesAsync(10, None);
        Assert.Equal([current.Id, dead.Id], recent.Select(c => c.Id));
        Assert.Equal((PollCycleRecord.Succeeded, 7, 2), (recent[0].Outcome, recent[0].DocumentsPolled, recent[0].Transitions));
        Assert.Equal(2, recent[0].TransitionsByKind["completed"]);
        Assert.Equal(PollCycleRecord.Abandoned, recent[1].Outcome);
    }
}
