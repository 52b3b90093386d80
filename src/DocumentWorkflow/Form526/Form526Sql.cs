namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>The Form 526 store's statements (parameters in the dialect's forms).</summary>
internal static class Form526Sql
{
    public const string SubmissionColumns = "submission_id, claim_id, participant_id, submitted_at, declared_at";

    public const string Upsert = """
        INSERT INTO form526_submissions (submission_id, claim_id, participant_id, submitted_at, declared_at)
        VALUES (@SubmissionId, @ClaimId, @ParticipantId, @SubmittedAt, @DeclaredAt)
        ON CONFLICT (submission_id) DO UPDATE SET claim_id = excluded.claim_id, participant_id = excluded.participant_id,
            submitted_at = excluded.submitted_at, declared_at = excluded.declared_at
        """;

    public const string DeleteExpected = "DELETE FROM form526_expected_documents WHERE submission_id = @SubmissionId";

    public const string InsertExpected = """
        INSERT INTO form526_expected_documents (submission_id, position, kind, attachment_id)
        VALUES (@SubmissionId, @Position, @Kind, @AttachmentId)
        """;

    /// <summary>An expected document is done when a matching document is completed; a submission is listed
    /// while any of its expected documents is not. Mirrors <see cref="Form526Completeness"/>.</summary>
    public const string IncompleteSubmittedBefore = $"""
        SELECT {SubmissionColumns}
        FROM form526_submissions s
        WHERE s.submitted_at < @cut
          AND EXISTS (
              SELECT 1 FROM form526_expected_documents e
              WHERE e.submission_id = s.submission_id
                AND NOT EXISTS (
                    SELECT 1 FROM documents d
                    WHERE d.form526_submission_id = e.submission_id AND d.form526_kind = e.kind
                      AND (e.attachment_id IS NULL OR d.attachment_id = e.attachment_id)
                      AND d.status = 'completed'))
        ORDER BY s.submitted_at, s.submission_id
        LIMIT @limit
        """;

    public const string FiledDocumentColumns = "form526_submission_id, seq, id, form526_kind, attachment_id, status";
}
