namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseUploadParameters(
    string SystemName,
    string DocType,
    long ClaimId,
    string ParticipantId,
    string FileName,
    IReadOnlyList<long>? TrackedItemIds);
