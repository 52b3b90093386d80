using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

/// <summary>The failure-notice outbox on each database: queued with the transition that calls for it, once per
/// document, claimed by one sender at a time, and its outcome recorded.</summary>
public abstract class NoticeStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, initialized document store and a notice store on the same database.</summary>
    protected abstract Task<(IDocumentStore Documents, INoticeStore Notices)> CreateStoresAsync();

    private static NewDocument Doc(string requestId, string? form526Kind = null) => new(Guid.CreateVersion7(), "lighthouse", requestId,
        "600000001", "p1", "L023", "medical records from Dr Smith.pdf", [1],
        form526Kind is null ? null : "sub-1", form526Kind, form526Kind == Form526Kinds.VeteranUpload ? "att-1" : null);

    private static async Task<TrackedDocument> RegisterAsync(IDocumentStore store, string requestId, string? form526Kind = null) =>
        (await store.RegisterAsync(Doc(requestId, form526Kind), DocumentStateMachine.Register(T0), None)).Document;

    private static Task<PollPageResult> MoveAsync(IDocumentStore store, TrackedDocument document, DocumentState to, TransitionKind kind,
        DateTimeOffset at) =>
        store.ApplyPollResultsAsync(
            [new DocumentChange(document.Seq, document.Version, new Transition(document.State, null, to, null, "detail", "X", kind, at))],
            [], at, None);

    [Theory]
    [InlineData(DocumentState.Failed, TransitionKind.Failed)]
    [InlineData(DocumentState.NotFound, TransitionKind.NotFound)]
    [InlineData(DocumentState.TimedOut, TransitionKind.TimedOut)]
    public async Task A_document_that_ends_badly_queues_one_notice_with_its_transition(DocumentState to, TransitionKind kind)
    {
        var (documents, notices) = await CreateStoresAsync();
        var document = await RegisterAsync(documents, "1");

        await MoveAsync(documents, document, to, kind, T0.AddMinutes(5));

        var notice = await notices.GetForDocumentAsync(document.Id, None);
        Assert.NotNull(notice);
        Assert.Equal((NoticeKinds.ClaimEvidence, NoticeStates.Pending, 0, T0.AddMinutes(5)),
            (notice.Kind, notice.State, notice.Attempts, notice.QueuedAt));
        var due = Assert.Single(await notices.ClaimDueAsync(T0.AddMinutes(5), T0.AddMinutes(6), 10, None));
        Assert.Equal((document.Id, $"document-failure-{document.Id}", "p1", "medical records from Dr Smith.pdf", to.ToStatus()),
            (due.DocumentId, due.Reference, due.ParticipantId, due.FileName, due.DocumentStatus));
    }

    [Fact]
    public async Task Progress_and_completion_queue_nothing()
    {
        var (documents, notices) = await CreateStoresAsync();
        var document = await RegisterAsync(documents, "1");

        await MoveAsync(documents, document, DocumentState.Completed, TransitionKind.Completed, T0.AddMinutes(5));

        Assert.Null(await notices.GetForDocumentAsync(document.Id, None));
        Assert.Empty(await notices.ClaimDueAsync(T0.AddDays(1), T0.AddDays(1), 10, None));
    }

    [Fact]
    public async Task A_change_that_did_not_apply_queues_nothing()
    {
        var (documents, notices) = await CreateStoresAsync();
        var document = await RegisterAsync(documents, "1");

        var result = await documents.ApplyPollResultsAsync([new DocumentChange(document.Seq, document.Version + 7,
            new Transition(document.State, null, DocumentState.Failed, null, "x", "FAILED", TransitionKind.Failed, T0))], [], T0, None);

        Assert.Equal(1, result.Conflicts);
        Assert.Null(await notices.GetForDocumentAsync(document.Id, None));
    }

    [Fact]
    public async Task A_document_gets_one_notice_even_when_it_fails_again_later()
    {
        var (documents, notices) = await CreateStoresAsync();
        var document = await RegisterAsync(documents, "1");
        await MoveAsync(documents, document, DocumentState.TimedOut, TransitionKind.TimedOut, T0.AddMinutes(5));
        var timedOut = (await documents.GetAsync(document.Id, None))!;

        await MoveAsync(documents, timedOut, DocumentState.Failed, TransitionKind.Failed, T0.AddMinutes(9));

        Assert.Equal(DocumentState.Failed, (await documents.GetAsync(document.Id, None))!.State);
        Assert.Single(await notices.ClaimDueAsync(T0.AddMinutes(10), T0.AddMinutes(11), 10, None));
    }

    [Theory]
    [InlineData(Form526Kinds.Form0781, true)]
    [InlineData(null, false)]
    public async Task A_refused_upload_queues_a_notice_only_for_the_form_526_pipeline(string? form526Kind, bool noticed)
    {
        var (documents, notices) = await CreateStoresAsync();

        var refused = (await documents.RegisterAsync(Doc("ignored", form526Kind) with { ProviderRequestId = null },
            DocumentStateMachine.RegisterUploadFailure("refused", T0), None)).Document;

        var notice = await notices.GetForDocumentAsync(refused.Id, None);
        Assert.Equal(noticed, notice is not null);
        if (noticed) Assert.Equal(Form526Kinds.Form0781, notice!.Kind);
    }

    [Fact]
    public async Task A_claimed_notice_is_not_claimed_again_until_its_claim_expires()
    {
        var (documents, notices) = await CreateStoresAsync();
        var document = await RegisterAsync(documents, "1", Form526Kinds.VeteranUpload);
        await MoveAsync(documents, document, DocumentState.Failed, TransitionKind.Failed, T0);

        Assert.Single(await notices.ClaimDueAsync(T0, T0.AddSeconds(30), 10, None));
        Assert.Empty(await notices.ClaimDueAsync(T0.AddSeconds(29), T0.AddSeconds(59), 10, None));
        var again = Assert.Single(await notices.ClaimDueAsync(T0.AddSeconds(30), T0.AddSeconds(60), 10, None));
        Assert.Equal(Form526Kinds.VeteranUpload, again.Kind);
    }

    [Fact]
    public async Task Claims_take_at_most_the_limit_oldest_due_first()
    {
        var (documents, notices) = await CreateStoresAsync();
        var first = await RegisterAsync(documents, "1");
        var second = await RegisterAsync(documents, "2");
        await MoveAsync(documents, second, DocumentState.Failed, TransitionKind.Failed, T0.AddMinutes(2));
        await MoveAsync(documents, first, DocumentState.Failed, TransitionKind.Failed, T0.AddMinutes(1));

        var claimed = await notices.ClaimDueAsync(T0.AddMinutes(3), T0.AddMinutes(4), 1, None);

        Assert.Equal(first.Id, Assert.Single(claimed).DocumentId);
    }

    [Fact]
    public async Task Outcomes_are_recorded_and_counted()
    {
        var (documents, notices) = await CreateStoresAsync();
        var sent = await RegisterAsync(documents, "1");
        var retried = await RegisterAsync(documents, "2");
        var failed = await RegisterAsync(documents, "3");
        var skipped = await RegisterAsync(documents, "4");
        foreach (var d in new[] { sent, retried, failed, skipped }) await MoveAsync(documents, d, DocumentState.Failed, TransitionKind.Failed, T0);
        var at = T0.AddMinutes(1);

        Assert.True(await notices.RecordAsync(sent.Seq, new NoticeOutcome(NoticeStates.Sent, true, null, "n-1", null), at, None));
        Assert.True(await notices.RecordAsync(retried.Seq,
            new NoticeOutcome(NoticeStates.Pending, true, at.AddMinutes(5), null, "503 unavailable"), at, None));
        Assert.True(await notices.RecordAsync(failed.Seq, new NoticeOutcome(NoticeStates.Failed, true, null, null, "400 bad"), at, None));
        Assert.True(await notices.RecordAsync(skipped.Seq, NoticeAttemptRules.NotSent(NoticeStates.Skipped, "flag off"), at, None));
        // A finished notice is not changed by a late outcome (e.g. from a sender whose claim had expired).
        Assert.False(await notices.RecordAsync(sent.Seq, new NoticeOutcome(NoticeStates.Failed, true, null, null, "late"), at, None));

        var sentRecord = (await notices.GetForDocumentAsync(sent.Id, None))!;
        Assert.Equal((NoticeStates.Sent, 1, "n-1", (DateTimeOffset?)at), (sentRecord.State, sentRecord.Attempts, sentRecord.NotificationId, sentRecord.FinishedAt));
        var retriedRecord = (await notices.GetForDocumentAsync(retried.Id, None))!;
        Assert.Equal((NoticeStates.Pending, 1, at.AddMinutes(5), "503 unavailable", (DateTimeOffset?)null),
            (retriedRecord.State, retriedRecord.Attempts, retriedRecord.NextAttemptAt, retriedRecord.Detail, retriedRecord.FinishedAt));
        Assert.Equal(0, (await notices.GetForDocumentAsync(skipped.Id, None))!.Attempts);

        Assert.Empty(await notices.ClaimDueAsync(at.AddMinutes(4), at.AddMinutes(5), 10, None));
        Assert.Equal(retried.Id, Assert.Single(await notices.ClaimDueAsync(at.AddMinutes(5), at.AddMinutes(6), 10, None)).DocumentId);

        var counts = await notices.CountAsync(at, T0.AddSeconds(1), None);
        Assert.Equal(new NoticeCounts(Pending: 1, Sent: 1, Failed: 1, Skipped: 1, FailedSince: 1, PendingOverdue: 1), counts);
        Assert.Equal(0, (await notices.CountAsync(at.AddSeconds(1), T0, None)).FailedSince);
    }
}
