namespace DocumentUploads.UploadApi.Validation;

/// <summary>What a PDF may not carry to VA: code or actions that run when it is opened, files inside it, or
/// streams that inflate to far more than a document (a decompression bomb).</summary>
public enum PdfActiveContent
{
    None,
    /// <summary>/JavaScript or /JS (open actions, form actions, document scripts).</summary>
    Script,
    /// <summary>/Launch: starts a program or opens a file.</summary>
    Launch,
    /// <summary>/EmbeddedFile(s), /RichMedia: files carried inside the PDF.</summary>
    EmbeddedFile,
    /// <summary>Flate streams inflating past the allowed size.</summary>
    Inflation,
}
