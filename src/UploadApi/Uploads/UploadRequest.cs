namespace DocumentUploads.UploadApi.Uploads;

/// <summary>A validated upload: what the veteran sent, with the participant id from their token.</summary>
public sealed record UploadRequest(
    string ClaimId,
    string ParticipantId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    IFormFile File);
