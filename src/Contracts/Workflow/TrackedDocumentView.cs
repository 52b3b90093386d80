namespace DocumentUploads.Contracts.Workflow;

public sealed record TrackedDocumentView(
    Guid Id,
    string ClaimId,
    string ParticipantId,
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
    IReadOnlyList<TransitionView> History,
    string? Form526SubmissionId = null,
    string? Form526Kind = null,
    string? AttachmentId = null,
    VeteranNoticeView? VeteranNotice = null);
