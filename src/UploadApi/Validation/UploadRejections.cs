using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Every way an upload can be refused, each with its status and the sentence the veteran sees.
/// Statuses: 400 for what the form says, 415 for a file type we never take, 413 for size, 422 for a PDF
/// we understand to be a PDF but cannot use as sent (damaged, locked, wrong password).</summary>
public static class UploadRejections
{
    public static readonly UploadRejection FileMissing =
        new(400, ApiErrors.FileMissing, "File missing", "Choose a file to upload.");

    public static readonly UploadRejection FileEmpty =
        new(400, ApiErrors.FileEmpty, "File empty", "The file you chose is empty. Choose a file that has content.");

    public static readonly UploadRejection FileNameMissing =
        new(400, ApiErrors.FileNameInvalid, "File name not accepted", "The file has no name. Rename the file and try again.");

    public static readonly UploadRejection FileNameTooLong = new(400, ApiErrors.FileNameInvalid, "File name not accepted",
        $"The file name is too long. Rename the file to {UploadLimits.MaxFileNameLength} characters or fewer and try again.");

    public static readonly UploadRejection FileNameHasPathParts = new(400, ApiErrors.FileNameInvalid, "File name not accepted",
        "The file name can't include folder names, slashes (/ or \\), two dots in a row (..), a drive letter (like C:) " +
        "or hidden control characters. Rename the file and try again.");

    public static readonly UploadRejection FileTypeNotAllowed = new(415, ApiErrors.FileTypeNotAllowed, "File type not accepted",
        "We can't accept this type of file. Upload a PDF, GIF, PNG, TIFF, JPEG, BMP or TXT file.");

    public static readonly UploadRejection TextNotAscii = new(400, ApiErrors.TextNotAscii, "Text file not accepted",
        "This text file has characters we can't accept, like curly quotes, accented letters or emoji. " +
        "Save it as plain text using only standard keyboard characters, or upload it as a PDF instead.");

    public static readonly UploadRejection PdfMalformed = new(422, ApiErrors.PdfMalformed, "PDF can't be opened",
        "We can't open this PDF. It may be damaged or incomplete. Save or export it as a PDF again, then upload the new file.");

    public static readonly UploadRejection PdfEncrypted = new(422, ApiErrors.PdfEncrypted, "PDF is locked",
        "This PDF is locked with a password. Enter the file's password so we can unlock it, or upload a copy without a password.");

    public static readonly UploadRejection PdfIncorrectPassword = new(422, ApiErrors.PdfIncorrectPassword, "Incorrect PDF password",
        "The password you entered doesn't unlock this PDF. Check the password and try again.");

    public static readonly UploadRejection PdfActiveContent = new(422, ApiErrors.PdfActiveContent, "PDF has active content",
        "This PDF contains scripts, actions or attached files, which we can't accept. Open it, print it to a new PDF " +
        "(choose Print, then Save as PDF or Microsoft Print to PDF), and upload that copy.");

    public static readonly UploadRejection PdfCompressionBomb = new(422, ApiErrors.PdfCompressionBomb, "PDF can't be accepted",
        "This PDF expands to far more data than a document of its size should, so we can't accept it. Print it to a " +
        "new PDF (choose Print, then Save as PDF) and upload that copy.");

    public static readonly UploadRejection TextContainsHtml = new(400, ApiErrors.TextContainsHtml, "Text file not accepted",
        "This text file contains web page code (HTML), which we can't accept in a .txt file. Save the page as a PDF, " +
        "or copy only its words into a plain text file, and upload that.");

    public static readonly UploadRejection FileIsTwoFormats = new(400, ApiErrors.FileIsTwoFormats, "File not accepted",
        "This file is built to be read as two different types of file at once, which we can't accept. Save it again " +
        "as a single PDF or image and upload that copy.");

    public static readonly UploadRejection InvalidDocumentType =
        new(400, ApiErrors.InvalidDocumentType, "Document type not accepted", "Choose a document type from the list.");

    public static readonly UploadRejection InvalidTrackedItemIds = new(400, ApiErrors.InvalidTrackedItemIds,
        "Tracked items not accepted", "tracked_item_ids must be a JSON array of whole numbers, like [1234].");

    public static UploadRejection FileContentMismatch(FileKind declared) => new(400, ApiErrors.FileContentMismatch,
        "File content doesn't match its type",
        $"This file's name says it is a {AllowedFileTypes.DisplayName(declared)}, but its contents are not. " +
        $"Save the file again in the right format, or rename it with the extension that matches it, then try again.");

    public static UploadRejection FileTooLarge(FileKind kind) => new(413, ApiErrors.FileTooLarge, "File too large",
        kind == FileKind.Pdf
            ? $"This PDF is too large. PDFs can be at most {FileSizeRules.MaxPdfBytes / FileSizeRules.Megabyte} MB."
            : $"This file is too large. A {AllowedFileTypes.DisplayName(kind)} can be at most " +
              $"{FileSizeRules.MaxOtherBytes / FileSizeRules.Megabyte} MB; a PDF can be up to " +
              $"{FileSizeRules.MaxPdfBytes / FileSizeRules.Megabyte} MB.");
}
