using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Everything document-workflow keeps. Narrow on purpose: each call is one unit of
/// work, so SQLite, PostgreSQL and a key/value store with etags (Dapr state) can all implement it.</summary>
public interface IDocumentStore
{
    /// <summary>Creates or migrates the schema.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new document with its first transition, or returns the one already
    /// registered under the same (provider, provider request id).</summary>
    Task<RegistrationResult> RegisterAsync(NewDocument document, Transition initial, CancellationToken cancellationToken);

    Task<TrackedDocument?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Transition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>One participant's documents for one claim, newest first.</summary>
    /// <summary>Up to <paramref name="limit"/> of the participant's documents for the claim, newest first, older
    /// than <paramref name="beforeSeq"/> when given (keyset paging on the claim index).</summary>
    Task<IReadOnlyList<TrackedDocument>> ListForClaimAsync(string participantId, string claimId, long? beforeSeq, int limit,
        CancellationToken cancellationToken);

    /// <summary>The next page of documents to poll, in <see cref="TrackedDocument.Seq"/> order after
    /// <paramref name="afterSeq"/>: submitted and in-progress ones, and timed-out ones last polled
    /// before <paramref name="timedOutPolledBefore"/>.</summary>
    Task<IReadOnlyList<PendingDocument>> GetPendingPageAsync(long afterSeq, int limit, DateTimeOffset timedOutPolledBefore,
        CancellationToken cancellationToken);

    /// <summary>Writes one page of poll results atomically: the changes (each only if the document
    /// is still at its expected version, with its history entry, stamped last polled) and the last-polled
    /// time of the documents in <paramref name="polledSeqs"/> (the poller passes the timed-out ones it
    /// polled, whose next poll is due from it). Nothing else is written: a document that did not change
    /// keeps its row as it was.</summary>
    Task<PollPageResult> ApplyPollResultsAsync(IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs,
        DateTimeOffset polledAt, CancellationToken cancellationToken);

    /// <summary>Takes or renews a named lease; false while another holder's lease is unexpired.</summary>
    Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration,
        CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces a cycle record.</summary>
    Task SaveCycleAsync(PollCycleRecord cycle, CancellationToken cancellationToken);

    /// <summary>Marks cycles still "running" as abandoned (their holder died); called by the lease holder.</summary>
    Task<int> AbandonRunningCyclesAsync(Guid exceptId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<PollCycleRecord>> RecentCyclesAsync(int limit, CancellationToken cancellationToken);
}
