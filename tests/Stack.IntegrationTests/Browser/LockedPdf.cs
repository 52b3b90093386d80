using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>A real password-locked PDF (PDFsharp, as the API unlocks it), the kind a veteran's bank
/// or doctor sends.</summary>
public static class LockedPdf
{
    private static readonly Lazy<bool> Licensed = new(() =>
    {
        PdfSharpLicense.SetAgplLicense(); // PDFsharp refuses to run until a licence is chosen
        return true;
    });

    public static byte[] Create(string userPassword)
    {
        _ = Licensed.Value;
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawRectangle(XPens.Black, XBrushes.LightGray, 50, 50, 200, 100);
        }
        document.SecuritySettings.UserPassword = userPassword;
        document.SecuritySettings.OwnerPassword = "owner-" + userPassword;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
