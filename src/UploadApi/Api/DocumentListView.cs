namespace DocumentUploads.UploadApi.Api;

/// <summary>One page of a claim's documents, newest first. <see cref="NextCursor"/> fetches the next (older)
/// page as <c>?cursor=</c>; null on the last page.</summary>
public sealed record DocumentListView(IReadOnlyList<DocumentUploadView> Data, string? NextCursor);
