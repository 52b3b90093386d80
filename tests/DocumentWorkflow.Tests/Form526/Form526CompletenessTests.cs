using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Form526;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

/// <summary>Which tracked document fills each expected one, and when a submission is complete.</summary>
public sealed class Form526CompletenessTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Form526ExpectedDocument Bdd = new(Form526Kinds.BddInstructions);

    private static Form526SubmissionRecord Record(IReadOnlyList<Form526ExpectedDocument> expected,
        params Form526FiledDocument[] documents) =>
        new(new Form526Submission("sub-1", "600000001", "p1", T0, T0, expected), documents);

    private static Form526FiledDocument Filed(long seq, string kind, string status, string? attachmentId = null) =>
        new(seq, Guid.CreateVersion7(), kind, attachmentId, status);

    [Fact]
    public void A_submission_whose_expected_documents_all_completed_is_complete()
    {
        var bdd = Filed(1, Form526Kinds.BddInstructions, "completed");
        var upload = Filed(2, Form526Kinds.VeteranUpload, "completed", "a1");

        var view = Form526Completeness.ToView(Record([Bdd, new(Form526Kinds.VeteranUpload, "a1")], bdd, upload));

        Assert.True(view.Complete);
        Assert.Equal(("sub-1", "600000001", "p1", T0), (view.SubmissionId, view.ClaimId, view.ParticipantId, view.SubmittedAt));
        Assert.Equal(
            [new Form526ExpectedDocumentView(Form526Kinds.BddInstructions, null, bdd.Id, "completed"),
             new Form526ExpectedDocumentView(Form526Kinds.VeteranUpload, "a1", upload.Id, "completed")],
            view.Expected);
    }

    [Fact]
    public void An_expected_document_nothing_was_registered_for_has_no_id_or_status_and_keeps_it_incomplete()
    {
        var view = Form526Completeness.ToView(Record([Bdd, new(Form526Kinds.Form0781)], Filed(1, Form526Kinds.BddInstructions, "completed")));

        Assert.False(view.Complete);
        Assert.Equal(new Form526ExpectedDocumentView(Form526Kinds.Form0781, null, null, null), view.Expected[1]);
    }

    [Theory]
    [InlineData("submitted")]
    [InlineData("in_progress")]
    [InlineData("failed")]
    [InlineData("upload_failed")]
    [InlineData("not_found")]
    [InlineData("timed_out")]
    public void Any_status_but_completed_keeps_a_submission_incomplete(string status)
    {
        var view = Form526Completeness.ToView(Record([Bdd], Filed(1, Form526Kinds.BddInstructions, status)));
        Assert.False(view.Complete);
        Assert.Equal(status, view.Expected[0].Status);
    }

    [Fact]
    public void Veteran_uploads_are_matched_by_attachment_id()
    {
        var forA2 = Filed(1, Form526Kinds.VeteranUpload, "completed", "a2");

        var view = Form526Completeness.ToView(Record([new(Form526Kinds.VeteranUpload, "a1"), new(Form526Kinds.VeteranUpload, "a2")], forA2));

        Assert.Equal([null, forA2.Id], view.Expected.Select(e => e.DocumentId));
        Assert.False(view.Complete);
    }

    [Fact]
    public void A_completed_attempt_wins_else_the_latest_attempt_speaks_for_the_expected_document()
    {
        var failed = Filed(1, Form526Kinds.BddInstructions, "upload_failed");
        var completed = Filed(2, Form526Kinds.BddInstructions, "completed");
        var laterFailure = Filed(3, Form526Kinds.BddInstructions, "failed");
        Assert.Equal(completed, Form526Completeness.Match(Bdd, [failed, completed, laterFailure]));

        var retrying = Filed(4, Form526Kinds.BddInstructions, "submitted");
        Assert.Equal(retrying, Form526Completeness.Match(Bdd, [retrying, failed]));
        Assert.Null(Form526Completeness.Match(Bdd, [Filed(5, Form526Kinds.Form0781, "completed")]));
    }

    [Fact]
    public void A_submission_expecting_nothing_is_complete() =>
        Assert.True(Form526Completeness.ToView(Record([])).Complete);
}
