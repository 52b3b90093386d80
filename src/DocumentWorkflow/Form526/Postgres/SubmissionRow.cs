using DocumentUploads.DocumentWorkflow.Storage.Postgres;

namespace DocumentUploads.DocumentWorkflow.Form526.Postgres;

/// <summary>A <c>form526_submissions</c> row as Npgsql returns it (timestamptz reads as a UTC <see cref="DateTime"/>).</summary>
internal sealed class SubmissionRow
{
    public string SubmissionId { get; set; } = "";
    public string ClaimId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public DateTime DeclaredAt { get; set; }

    /// <summary>Parameters for <see cref="Form526Sql.Upsert"/>: Npgsql writes only UTC values to timestamptz.</summary>
    public static object ParametersFor(Form526Submission s) => new
    {
        s.SubmissionId, s.ClaimId, s.ParticipantId, SubmittedAt = PostgresTimes.Write(s.SubmittedAt), DeclaredAt = PostgresTimes.Write(s.DeclaredAt),
    };

    /// <summary>Without its expected documents, which are read separately.</summary>
    public Form526Submission ToSubmission() => new(SubmissionId, ClaimId, ParticipantId,
        new DateTimeOffset(DateTime.SpecifyKind(SubmittedAt, DateTimeKind.Utc)),
        new DateTimeOffset(DateTime.SpecifyKind(DeclaredAt, DateTimeKind.Utc)), []);
}
