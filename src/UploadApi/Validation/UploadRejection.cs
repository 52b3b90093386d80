namespace DocumentUploads.UploadApi.Validation;

/// <summary>Why an upload was refused: the HTTP status, the stable code clients match on, a short title and
/// a sentence a veteran can act on. Never carries the file's content or the password.</summary>
public sealed record UploadRejection(int Status, string Code, string Title, string Detail);
