namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>The failure-notice outbox. Notices are queued by the document store, in the transaction of the
/// transition that calls for them; this store hands them to the sender and records what became of them.</summary>
public interface INoticeStore
{
    /// <summary>Claims up to <paramref name="limit"/> pending notices due at <paramref name="now"/>: each is not due
    /// again before <paramref name="claimUntil"/>, so no other sender takes it meanwhile.</summary>
    Task<IReadOnlyList<DueNotice>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimUntil, int limit,
        CancellationToken cancellationToken);

    /// <summary>Records an attempt's outcome on a still-pending notice; false when it was no longer pending.</summary>
    Task<bool> RecordAsync(long documentSeq, NoticeOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken);

    Task<NoticeRecord?> GetForDocumentAsync(Guid documentId, CancellationToken cancellationToken);

    /// <param name="failedSince">Count notices failed for good at or after this.</param>
    /// <param name="overdueBefore">Count pending notices queued before this (still not sent).</param>
    Task<NoticeCounts> CountAsync(DateTimeOffset failedSince, DateTimeOffset overdueBefore, CancellationToken cancellationToken);
}
