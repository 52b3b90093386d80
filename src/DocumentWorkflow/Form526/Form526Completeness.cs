using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Which tracked document fills each expected one, and whether the submission is complete. Pure;
/// agrees with the stores' SLA query (an expected document is done when a matching document is completed).</summary>
public static class Form526Completeness
{
    public static Form526SubmissionView ToView(Form526SubmissionRecord record)
    {
        var submission = record.Submission;
        var expected = submission.Expected.Select(e => Match(e, record.Documents) is { } filed
                ? new Form526ExpectedDocumentView(e.Kind, e.AttachmentId, filed.Id, filed.Status)
                : new Form526ExpectedDocumentView(e.Kind, e.AttachmentId, null, null))
            .ToList();
        return new Form526SubmissionView(submission.SubmissionId, submission.ClaimId, submission.ParticipantId,
            submission.SubmittedAt, expected.All(e => e.Status == DocumentStatuses.Completed), expected);
    }

    /// <summary>The document that fills <paramref name="expected"/>: a completed one if any (a retry may have
    /// succeeded after an attempt failed), else the latest registered; null when none was.</summary>
    public static Form526FiledDocument? Match(Form526ExpectedDocument expected, IReadOnlyList<Form526FiledDocument> documents)
    {
        var matching = documents.Where(d => d.Kind == expected.Kind
                                            && (expected.AttachmentId is null || d.AttachmentId == expected.AttachmentId))
            .ToList();
        return matching.FirstOrDefault(d => d.Status == DocumentStatuses.Completed) ?? matching.MaxBy(d => d.Seq);
    }
}
