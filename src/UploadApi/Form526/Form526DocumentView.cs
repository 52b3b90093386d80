using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>A Form 526 document as the submission pipeline sees it after uploading it.</summary>
public sealed record Form526DocumentView(
    Guid Id,
    string SubmissionId,
    string Kind,
    string? AttachmentId,
    string ClaimId,
    string ParticipantId,
    string Provider,
    string? ProviderRequestId,
    string DocumentType,
    string FileName,
    string Status,
    string? Step,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static Form526DocumentView From(TrackedDocumentView d) => new(d.Id, d.Form526SubmissionId ?? "", d.Form526Kind ?? "",
        d.AttachmentId, d.ClaimId, d.ParticipantId, d.Provider, d.ProviderRequestId, d.DocumentType, d.FileName, d.Status, d.Step,
        d.Error, d.CreatedAt, d.UpdatedAt);

    /// <summary>An accepted document whose registration waits in the outbox: what it will be registered as.</summary>
    public static Form526DocumentView Deferred(RegisterDocumentRequest r, DateTimeOffset now) => new(r.Id!.Value,
        r.Form526SubmissionId ?? "", r.Form526Kind ?? "", r.AttachmentId, r.ClaimId, r.ParticipantId, r.Provider,
        r.ProviderRequestId, r.DocumentType, r.FileName, DocumentStatuses.Submitted, null, null, now, now);
}
