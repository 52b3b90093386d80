using PdfSharp;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>PDFsharp 6.5 refuses to work until a license is chosen. This selects its free AGPL license in
/// one place; a commercial key would be loaded here instead (<c>PdfSharpLicense.LoadLicense</c>).</summary>
public static class PdfSharpLicensing
{
    private static readonly Lazy<bool> Selected = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        return true;
    });

    public static void EnsureSelected() => _ = Selected.Value;
}
