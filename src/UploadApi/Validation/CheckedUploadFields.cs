namespace DocumentUploads.UploadApi.Validation;

/// <summary>Form fields that passed <see cref="UploadRules"/>: the sanitized file name, the kind its
/// extension names, and the parsed document type and tracked items.</summary>
public sealed record CheckedUploadFields(
    string FileName,
    FileKind Kind,
    long Length,
    string DocumentType,
    IReadOnlyList<long> TrackedItemIds);
