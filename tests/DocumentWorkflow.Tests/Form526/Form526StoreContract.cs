using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

/// <summary>What every <see cref="IForm526Store"/> must do, next to the document store of the same
/// database (documents are registered and moved through it, as in the service).</summary>
public abstract class Form526StoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, initialized, empty database: its document store and its Form 526 store.</summary>
    protected abstract Task<(IDocumentStore Documents, IForm526Store Form526)> CreateStoresAsync();

    private static Form526Submission Submission(string id, DateTimeOffset submittedAt, params Form526ExpectedDocument[] expected) =>
        new(id, "600000001", "p1", submittedAt, Now, expected);

    private static Form526ExpectedDocument Bdd => new(Form526Kinds.BddInstructions);

    private static Form526ExpectedDocument Upload(string attachmentId) => new(Form526Kinds.VeteranUpload, attachmentId);

    /// <summary>Registers a document for the submission and moves it to <paramref name="state"/>.</summary>
    private static async Task<TrackedDocument> File(IDocumentStore documents, string submissionId, string kind,
        string? attachmentId = null, DocumentState state = DocumentState.Submitted)
    {
        var document = new NewDocument(Guid.CreateVersion7(), "lighthouse", Guid.NewGuid().ToString("N"), "600000001", "p1",
            "L023", "f.pdf", [], submissionId, kind, attachmentId);
        if (state == DocumentState.UploadFailed)
        {
            document = document with { ProviderRequestId = null };
            return (await documents.RegisterAsync(document, DocumentStateMachine.RegisterUploadFailure("down", Now), None)).Document;
        }
        var registered = (await documents.RegisterAsync(document, DocumentStateMachine.Register(Now), None)).Document;
        if (state == DocumentState.Submitted) return registered;
        var transitionKind = state == DocumentState.Completed ? TransitionKind.Completed : TransitionKind.Progressed;
        var move = new Transition(DocumentState.Submitted, null, state, null, null, "SUCCESS", transitionKind, Now);
        await documents.ApplyPollResultsAsync([new DocumentChange(registered.Seq, registered.Version, move)], [], Now, None);
        return (await documents.GetAsync(registered.Id, None))!;
    }

    [Fact]
    public async Task A_submission_never_declared_is_null()
    {
        var (_, store) = await CreateStoresAsync();
        Assert.Null(await store.GetAsync("nope", None));
    }

    [Fact]
    public async Task A_declared_submission_reads_back_with_its_expected_documents_in_order()
    {
        var (_, store) = await CreateStoresAsync();
        var submittedAt = Now.AddHours(-1);
        await store.SaveAsync(Submission("s1", submittedAt, Upload("a2"), Bdd, new(Form526Kinds.Form0781), Upload("a1")), None);

        var read = (await store.GetAsync("s1", None))!;

        Assert.Equal(("s1", "600000001", "p1", submittedAt, Now),
            (read.Submission.SubmissionId, read.Submission.ClaimId, read.Submission.ParticipantId, read.Submission.SubmittedAt,
                read.Submission.DeclaredAt));
        Assert.Equal([Upload("a2"), Bdd, new(Form526Kinds.Form0781), Upload("a1")], read.Submission.Expected);
        Assert.Empty(read.Documents);
    }

    [Fact]
    public async Task Declaring_again_replaces_the_submission_and_its_expected_documents()
    {
        var (_, store) = await CreateStoresAsync();
        await store.SaveAsync(Submission("s1", Now.AddHours(-2), Bdd, Upload("a1")), None);

        await store.SaveAsync(Submission("s1", Now.AddHours(-1), new Form526ExpectedDocument(Form526Kinds.Form0781a)) with
        {
            ClaimId = "600000002", DeclaredAt = Now.AddMinutes(1),
        }, None);

        var read = (await store.GetAsync("s1", None))!;
        Assert.Equal(("600000002", Now.AddHours(-1), Now.AddMinutes(1)),
            (read.Submission.ClaimId, read.Submission.SubmittedAt, read.Submission.DeclaredAt));
        Assert.Equal([new Form526ExpectedDocument(Form526Kinds.Form0781a)], read.Submission.Expected);
    }

    [Fact]
    public async Task A_submission_reads_with_its_own_documents_also_those_registered_before_the_declaration()
    {
        var (documents, store) = await CreateStoresAsync();
        var early = await File(documents, "s1", Form526Kinds.BddInstructions, state: DocumentState.Completed);
        await store.SaveAsync(Submission("s1", Now, Bdd, Upload("a1")), None);
        var upload = await File(documents, "s1", Form526Kinds.VeteranUpload, "a1");
        await File(documents, "s2", Form526Kinds.BddInstructions);
        await documents.RegisterAsync(new NewDocument(Guid.CreateVersion7(), "lighthouse", "plain", "600000001", "p1", "L023",
            "f.pdf", []), DocumentStateMachine.Register(Now), None);

        var read = (await store.GetAsync("s1", None))!;

        Assert.Equal([early.Id, upload.Id], read.Documents.Select(d => d.Id));
        Assert.Equal(new Form526FiledDocument(early.Seq, early.Id, Form526Kinds.BddInstructions, null, "completed"), read.Documents[0]);
        Assert.Equal(new Form526FiledDocument(upload.Seq, upload.Id, Form526Kinds.VeteranUpload, "a1", "submitted"), read.Documents[1]);
    }

    [Fact]
    public async Task The_SLA_query_lists_old_submissions_with_an_expected_document_not_completed_oldest_first()
    {
        var (documents, store) = await CreateStoresAsync();
        var old = Now.AddHours(-100);
        // Complete: every expected document has a completed match (a retry after an upload failure counts).
        await store.SaveAsync(Submission("complete", old, Bdd, Upload("a1")), None);
        await File(documents, "complete", Form526Kinds.BddInstructions, state: DocumentState.UploadFailed);
        await File(documents, "complete", Form526Kinds.BddInstructions, state: DocumentState.Completed);
        await File(documents, "complete", Form526Kinds.VeteranUpload, "a1", DocumentState.Completed);
        // Incomplete: one document still in progress.
        await store.SaveAsync(Submission("in-progress", old.AddHours(-10), Bdd, Upload("a1")), None);
        await File(documents, "in-progress", Form526Kinds.BddInstructions, state: DocumentState.Completed);
        await File(documents, "in-progress", Form526Kinds.VeteranUpload, "a1", DocumentState.InProgress);
        // Incomplete: nothing ever registered (another submission's completed 0781 does not count).
        await store.SaveAsync(Submission("missing", old.AddHours(-20), new Form526ExpectedDocument(Form526Kinds.Form0781)), None);
        await File(documents, "complete", Form526Kinds.Form0781, state: DocumentState.Completed);
        // Incomplete: the completed upload is for another attachment.
        await store.SaveAsync(Submission("wrong-attachment", old.AddHours(-5), Upload("a1")), None);
        await File(documents, "wrong-attachment", Form526Kinds.VeteranUpload, "a2", DocumentState.Completed);
        // Not listed: too recent, or nothing expected.
        await store.SaveAsync(Submission("recent", Now.AddHours(-1), Bdd), None);
        await store.SaveAsync(Submission("nothing-expected", old), None);

        var listed = await store.ListIncompleteSubmittedBeforeAsync(Now.AddHours(-72), 10, None);
        var limited = await store.ListIncompleteSubmittedBeforeAsync(Now.AddHours(-72), 2, None);
        var all = await store.ListIncompleteSubmittedBeforeAsync(Now, 10, None);

        Assert.Equal(["missing", "in-progress", "wrong-attachment"], listed.Select(r => r.Submission.SubmissionId));
        Assert.Equal(["missing", "in-progress"], limited.Select(r => r.Submission.SubmissionId));
        Assert.Equal(["missing", "in-progress", "wrong-attachment", "recent"], all.Select(r => r.Submission.SubmissionId));
        var inProgress = listed[1];
        Assert.Equal([Bdd, Upload("a1")], inProgress.Submission.Expected);
        Assert.Equal(["completed", "in_progress"], inProgress.Documents.Select(d => d.Status));
        Assert.Equal("a2", Assert.Single(listed[2].Documents).AttachmentId);
    }

    [Fact]
    public async Task A_submission_leaves_the_SLA_query_once_its_last_document_completes()
    {
        var (documents, store) = await CreateStoresAsync();
        await store.SaveAsync(Submission("s1", Now.AddHours(-80), Bdd), None);
        var bdd = await File(documents, "s1", Form526Kinds.BddInstructions);
        Assert.Single(await store.ListIncompleteSubmittedBeforeAsync(Now.AddHours(-72), 10, None));

        var complete = new Transition(DocumentState.Submitted, null, DocumentState.Completed, null, null, "SUCCESS",
            TransitionKind.Completed, Now);
        await documents.ApplyPollResultsAsync([new DocumentChange(bdd.Seq, bdd.Version, complete)], [], Now, None);

        Assert.Empty(await store.ListIncompleteSubmittedBeforeAsync(Now.AddHours(-72), 10, None));
        Assert.Equal("completed", Assert.Single((await store.GetAsync("s1", None))!.Documents).Status);
    }
}
