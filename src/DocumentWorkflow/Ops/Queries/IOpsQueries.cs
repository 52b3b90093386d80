namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The read side of the ops dashboard: counts and bounded lists over the documents and their
/// history. Every page and its JSON twin under /ops/api read through here, so they cannot disagree.
/// Kept apart from <see cref="Storage.IDocumentStore"/>, which moves documents.</summary>
public interface IOpsQueries
{
    /// <summary>Documents counted by (status, step), and by status within provider, document type and Form 526 kind.</summary>
    Task<OpsCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Uploads (documents created), completions and failures (<c>failed</c> and <c>upload_failed</c>
    /// transitions) in <paramref name="buckets"/> consecutive buckets of <paramref name="bucket"/> from
    /// <paramref name="from"/>; empty buckets are absent.</summary>
    Task<IReadOnlyList<ThroughputCount>> ThroughputAsync(DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken cancellationToken);

    /// <summary>The newest documents in any of <paramref name="statuses"/>, most recently changed first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OpsDocumentRow>> LatestInStatusAsync(IReadOnlyList<string> statuses, int limit,
        CancellationToken cancellationToken);

    /// <summary>Submitted and in-progress documents created before <paramref name="createdBefore"/>, oldest first,
    /// at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OpsDocumentRow>> PendingCreatedBeforeAsync(DateTimeOffset createdBefore, int limit,
        CancellationToken cancellationToken);
}
