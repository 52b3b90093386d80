using DocumentUploads.UploadApi.Validation;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DocumentUploads.UploadApi.Tests.Support;

/// <summary>Real PDFs made with PDFsharp: plain, locked with a user password, locked only against
/// editing, and damaged in ways a reader notices.</summary>
public static class TestPdfs
{
    public static byte[] Plain(int pages = 1) => Make(pages, _ => { });

    /// <summary>Opening it needs <paramref name="userPassword"/> (or the owner password).</summary>
    public static byte[] Locked(string userPassword) => Make(2, document =>
    {
        document.SecuritySettings.UserPassword = userPassword;
        document.SecuritySettings.OwnerPassword = "owner-" + userPassword;
    });

    /// <summary>Opens without a password; only editing is locked.</summary>
    public static byte[] EditLocked() => Make(1, document => document.SecuritySettings.OwnerPassword = "owner-only");

    /// <summary>Cut in half: no trailer, no <c>%%EOF</c>.</summary>
    public static byte[] Truncated() => Plain()[..(Plain().Length / 2)];

    /// <summary>Header and trailer intact, but the page tree object overwritten: only a full parse notices.</summary>
    public static byte[] DamagedInside() => DamagedInside(Plain());

    public static byte[] DamagedInside(byte[] pdf)
    {
        var bytes = (byte[])pdf.Clone();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var start = text.IndexOf("3 0 obj", StringComparison.Ordinal);
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        for (var i = start; i < end; i++) bytes[i] = (byte)'(';
        return bytes;
    }

    /// <summary>A plain PDF whose catalog runs JavaScript when it is opened (<c>/OpenAction</c>).</summary>
    public static byte[] WithOpenActionScript() => Make(1, document =>
    {
        var action = new PdfDictionary(document);
        action.Elements["/S"] = new PdfName("/JavaScript");
        action.Elements["/JS"] = new PdfString("app.alert('hello');");
        document.Internals.Catalog.Elements["/OpenAction"] = action;
    });

    private static byte[] Make(int pages, Action<PdfDocument> secure)
    {
        PdfSharpLicensing.EnsureSelected();
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XPens.Black, XBrushes.LightGray, 50, 50 + 20 * i, 200, 100);
        }
        secure(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
