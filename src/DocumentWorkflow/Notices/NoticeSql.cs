using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>The outbox's statements.</summary>
internal static class NoticeSql
{
    /// <summary>The document states whose veteran is told: the provider failed it, lost it, or never confirmed it;
    /// upload_failed only for Form 526 pipeline uploads (a veteran uploading on the page sees that answer at once).</summary>
    public const string NoticeStatuses = "('failed', 'not_found', 'timed_out', 'upload_failed')";

    /// <summary>Queues a notice for each document of <c>@seqs</c> now in a notice state, once per document: the
    /// reference is unique per document and notice, so neither a second queueing nor a resend can email twice.
    /// The kind mirrors <see cref="NoticeKinds.For"/>.</summary>
    public static string Enqueue(SqlDialect sql) => $"""
        INSERT INTO document_notices (document_seq, reference, kind, state, attempts, next_attempt_at, created_at)
        SELECT seq, 'document-failure-' || id, COALESCE(form526_kind, '{NoticeKinds.ClaimEvidence}'), '{NoticeStates.Pending}', 0, @at, @at
        FROM documents
        WHERE {sql.IsIn("seq", "@seqs")} AND status IN {NoticeStatuses}
        ON CONFLICT DO NOTHING
        """;
}
