namespace DocumentUploads.UploadApi.Validation;

/// <summary>What a PDF's header and trailer say about it.</summary>
public enum PdfStructure
{
    Malformed,
    Unencrypted,
    Encrypted,
}
