namespace DocumentUploads.UploadApi.Dev;

public sealed record DevTokenRequest(string? Sub, string? ParticipantId, IReadOnlyList<string>? Roles);
