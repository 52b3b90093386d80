namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A document to register; the Form 526 fields are set only for a Form 526 post-submission document.</summary>
public sealed record NewDocument(
    Guid Id,
    string Provider,
    string? ProviderRequestId,
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    string? Form526SubmissionId = null,
    string? Form526Kind = null,
    string? AttachmentId = null);
