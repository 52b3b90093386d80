using PdfSharp.License;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Whether PDFsharp can read a whole PDF: catches damage inside the file that its trailer cannot
/// show. Reads every object into memory, so it is only used on small files.</summary>
public static class PdfParseCheck
{
    public static PdfStructure Check(Stream pdf)
    {
        PdfSharpLicensing.EnsureSelected();
        pdf.Position = 0;
        try
        {
            // Asked for a password it was not given: the file is encrypted after all.
            var document = PdfReader.Open(pdf, null, PdfDocumentOpenMode.Import, args => args.Abort = true);
            if (document is null) return PdfStructure.Encrypted;
            document.Dispose();
            return PdfStructure.Unencrypted;
        }
        catch (Exception ex) when (IsUnreadablePdf(ex))
        {
            return PdfStructure.Malformed;
        }
    }

    /// <summary>PDFsharp throws many types for a damaged file; only a missing license or a cancelled or
    /// starved process are not the file's fault.</summary>
    internal static bool IsUnreadablePdf(Exception ex) =>
        ex is not (PdfSharpLicenseException or OperationCanceledException or OutOfMemoryException);
}
