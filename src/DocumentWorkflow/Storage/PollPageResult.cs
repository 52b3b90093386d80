namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>What a page write did: the changes that were applied, and those skipped because
/// another writer changed the document first (re-evaluated next cycle).</summary>
public sealed record PollPageResult(IReadOnlyList<DocumentChange> Applied, int Conflicts);
