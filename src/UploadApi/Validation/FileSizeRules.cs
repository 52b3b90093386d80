using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Lighthouse's size ceilings: 150 MB for a PDF, 50 MB for anything else. A file of exactly the
/// ceiling passes.</summary>
public static class FileSizeRules
{
    public const long Megabyte = 1024 * 1024;

    public const long MaxPdfBytes = UploadLimits.MaxFileBytes;

    public const long MaxOtherBytes = 50 * Megabyte;

    public static long MaxBytes(FileKind kind) => kind == FileKind.Pdf ? MaxPdfBytes : MaxOtherBytes;

    public static UploadRejection? Check(FileKind kind, long length) =>
        length > MaxBytes(kind) ? UploadRejections.FileTooLarge(kind) : null;
}
