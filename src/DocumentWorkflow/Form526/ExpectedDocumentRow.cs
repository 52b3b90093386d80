using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>A <c>form526_expected_documents</c> row (the same in both databases).</summary>
internal sealed class ExpectedDocumentRow
{
    public string SubmissionId { get; set; } = "";
    public int Position { get; set; }
    public string Kind { get; set; } = "";
    public string? AttachmentId { get; set; }

    public static IEnumerable<ExpectedDocumentRow> From(Form526Submission submission) => submission.Expected.Select((e, i) =>
        new ExpectedDocumentRow { SubmissionId = submission.SubmissionId, Position = i, Kind = e.Kind, AttachmentId = e.AttachmentId });

    public Form526ExpectedDocument ToExpected() => new(Kind, AttachmentId);
}
