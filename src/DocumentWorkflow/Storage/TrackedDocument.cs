using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A document as stored. <see cref="Seq"/> orders documents for keyset paging;
/// <see cref="Version"/> settles racing writers (optimistic concurrency).</summary>
public sealed record TrackedDocument(
    long Seq,
    Guid Id,
    string Provider,
    string? ProviderRequestId,
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    DocumentState State,
    string? Step,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastPolledAt,
    long Version,
    string? Form526SubmissionId = null,
    string? Form526Kind = null,
    string? AttachmentId = null);
