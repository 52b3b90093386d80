using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>Turns an encrypted PDF into an unencrypted copy with the veteran's password, so the provider
/// receives a file it can open and never the password. PDFsharp only saves a document opened with the
/// owner password, while a veteran usually knows the user (open) password; so the pages are copied into a
/// new, unencrypted document, which keeps everything a reader sees. The password is not logged, stored
/// or put in any message.</summary>
public static class PdfUnlocker
{
    public static PdfUnlockOutcome Unlock(Stream encryptedPdf, string? password, Stream unlockedDestination)
    {
        PdfSharpLicensing.EnsureSelected();
        encryptedPdf.Position = 0;
        var passwordGiven = !string.IsNullOrEmpty(password);
        var retriedWithoutPassword = false;
        try
        {
            using var source = PdfReader.Open(encryptedPdf, passwordGiven ? password : null, PdfDocumentOpenMode.Import, args =>
            {
                // A file locked only against editing opens without a password: accept it even when the
                // veteran typed one that does not match; otherwise give up.
                if (passwordGiven && !retriedWithoutPassword)
                {
                    retriedWithoutPassword = true;
                    args.Password = "";
                }
                else
                {
                    args.Abort = true;
                }
            });
            if (source is null) return passwordGiven ? PdfUnlockOutcome.IncorrectPassword : PdfUnlockOutcome.PasswordRequired;

            using var unlocked = new PdfDocument();
            foreach (var page in source.Pages) unlocked.AddPage(page);
            unlocked.Save(unlockedDestination, closeStream: false);
            return PdfUnlockOutcome.Unlocked;
        }
        catch (Exception ex) when (PdfParseCheck.IsUnreadablePdf(ex))
        {
            return PdfUnlockOutcome.Malformed;
        }
    }
}
