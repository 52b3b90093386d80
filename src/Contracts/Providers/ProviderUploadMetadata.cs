namespace DocumentUploads.Contracts.Providers;

public sealed record ProviderUploadMetadata(
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long>? TrackedItemIds);
