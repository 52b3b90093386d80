namespace DocumentUploads.UploadApi.Api;

/// <summary>What the upload page may offer: document types, accepted extensions (no dot) and size ceilings in bytes.</summary>
public sealed record UploadOptionsView(
    IReadOnlyList<DocumentTypeOption> DocumentTypes,
    IReadOnlyList<string> FileExtensions,
    long MaxPdfBytes,
    long MaxOtherBytes);
