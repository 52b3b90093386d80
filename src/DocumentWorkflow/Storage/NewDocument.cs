namespace DocumentUploads.DocumentWorkflow.Storage;

public sealed record NewDocument(
    Guid Id,
    string Provider,
    string? ProviderRequestId,
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds);
