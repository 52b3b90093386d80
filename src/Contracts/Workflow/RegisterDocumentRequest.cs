namespace DocumentUploads.Contracts.Workflow;

/// <summary>Sent by upload-api after a provider answered. A document the provider accepted has
/// a <see cref="ProviderRequestId"/> and starts <c>submitted</c>; one it refused or never
/// answered for is registered with <see cref="UploadError"/> and starts <c>upload_failed</c>.
/// <see cref="Id"/> lets the caller fix the tracking id up front, so a retried registration
/// cannot create a second document. A Form 526 post-submission document also names its
/// <see cref="Form526SubmissionId"/>, its <see cref="Form526Kind"/> (<see cref="Form526Kinds"/>) and,
/// for a veteran upload, the <see cref="AttachmentId"/> of the file the veteran attached. An upload made under an
/// <c>Idempotency-Key</c> names its <see cref="IdempotencyKey"/> (with <see cref="Id"/>, the attempt that reserved
/// it): registering settles the key in the same call, completed when the provider accepted the document and
/// released when it did not, so no separate completion or release round trip follows.</summary>
public sealed record RegisterDocumentRequest(
    string Provider,
    string? ProviderRequestId,
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long>? TrackedItemIds,
    string? UploadError = null,
    Guid? Id = null,
    string? Form526SubmissionId = null,
    string? Form526Kind = null,
    string? AttachmentId = null,
    string? IdempotencyKey = null);
