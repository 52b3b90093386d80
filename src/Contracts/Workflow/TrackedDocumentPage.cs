namespace DocumentUploads.Contracts.Workflow;

/// <summary>One page of a claim's documents, newest first. <see cref="NextBefore"/> is the keyset for the next
/// (older) page: pass it as <c>before</c>; null when this is the last page.</summary>
public sealed record TrackedDocumentPage(IReadOnlyList<TrackedDocumentView> Items, long? NextBefore);
