namespace DocumentUploads.DocumentWorkflow.Form526.Sqlite;

/// <summary>A <c>form526_submissions</c> row as SQLite keeps it (times in epoch milliseconds).</summary>
internal sealed class SubmissionRow
{
    public string SubmissionId { get; set; } = "";
    public string ClaimId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public long SubmittedAt { get; set; }
    public long DeclaredAt { get; set; }

    public static SubmissionRow From(Form526Submission s) => new()
    {
        SubmissionId = s.SubmissionId, ClaimId = s.ClaimId, ParticipantId = s.ParticipantId,
        SubmittedAt = s.SubmittedAt.ToUnixTimeMilliseconds(), DeclaredAt = s.DeclaredAt.ToUnixTimeMilliseconds(),
    };

    /// <summary>Without its expected documents, which are read separately.</summary>
    public Form526Submission ToSubmission() => new(SubmissionId, ClaimId, ParticipantId,
        DateTimeOffset.FromUnixTimeMilliseconds(SubmittedAt), DateTimeOffset.FromUnixTimeMilliseconds(DeclaredAt), []);
}
