using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>A <c>form526_submissions</c> row.</summary>
internal sealed class SubmissionRow
{
    public string SubmissionId { get; set; } = "";
    public string ClaimId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public object SubmittedAt { get; set; } = 0L;
    public object DeclaredAt { get; set; } = 0L;

    /// <summary>Without its expected documents, which are read separately.</summary>
    public Form526Submission ToSubmission() => new(SubmissionId, ClaimId, ParticipantId,
        StoredValues.Time(SubmittedAt), StoredValues.Time(DeclaredAt), []);
}
