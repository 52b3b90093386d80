namespace DocumentUploads.UploadApi.Validation;

/// <summary>What the form says about an upload, before any of its bytes are read.
/// <paramref name="FileLength"/> is null when no file was sent.</summary>
public sealed record UploadFields(string? FileName, long? FileLength, string? DocumentType, string? TrackedItemIds);
