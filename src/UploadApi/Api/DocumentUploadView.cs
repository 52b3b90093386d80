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
}
