using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Api;

/// <summary>A document as its owner sees it.</summary>
public sealed record DocumentUploadView(
    Guid Id,
    string ClaimId,
    string Provider,
    string? ProviderRequestId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    string Status,
    string? Step,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastPolledAt,
    IReadOnlyList<TransitionView> History)
{
    public static DocumentUploadView From(TrackedDocumentView d) => new(d.Id, d.ClaimId, d.Provider, d.ProviderRequestId,
        d.DocumentType, d.FileName, d.TrackedItemIds, d.Status, d.Step, d.Error, d.CreatedAt, d.UpdatedAt, d.LastPolledAt,
        d.History);

    /// <summary>A document whose registration waits in the outbox: what the provider answered, as of <paramref name="at"/>.
    /// It reads the same as once document-workflow has it, so a veteran never sees an accepted upload as missing.</summary>
    public static DocumentUploadView Deferred(Guid id, RegisterDocumentRequest r, DateTimeOffset at) => new(id, r.ClaimId,
        r.Provider, r.ProviderRequestId, r.DocumentType, r.FileName, r.TrackedItemIds ?? [],
        r.UploadError is null ? DocumentStatuses.Submitted : DocumentStatuses.UploadFailed, null, r.UploadError, at, at, null, []);
}
