namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Retention's reads and writes, in the documents' database (migration 015).</summary>
public interface IRetentionStore
{
    /// <summary>Deletes, in one transaction, up to <paramref name="limit"/> of the oldest documents
    /// <see cref="RetentionRules"/> lets go whose last transition is before <paramref name="deleteBefore"/>,
    /// with their history and notices. The caller repeats until a slice comes back short.</summary>
    Task<RetentionSlice> DeleteSliceAsync(DateTimeOffset deleteBefore, int limit, CancellationToken cancellationToken);

    Task SaveRunAsync(RetentionRun run, CancellationToken cancellationToken);

    /// <summary>The most recently started purge, or null before the first.</summary>
    Task<RetentionRun?> LastRunAsync(CancellationToken cancellationToken);

    /// <summary>The document's retention facts, or null when there is no such document.</summary>
    Task<DocumentRetentionFacts?> GetFactsAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>Marks the document kept (<paramref name="keep"/>) or clears the mark (null). Returns its facts
    /// afterwards, or null when there is no such document (then nothing changed).</summary>
    Task<DocumentRetentionFacts?> SetKeepAsync(Guid documentId, DocumentKeep? keep, CancellationToken cancellationToken);
}
