namespace DocumentUploads.UploadApi.Validation;

/// <summary>Files built to be read as two formats at once (polyglots), which a scanner or a viewer may read
/// differently from us: a ZIP archive riding on a PDF or image (a ZIP is read from its end, so its directory
/// record sits in the last 64 KB), or a PDF header inside the first 1 KB of a file that is not a PDF (PDF
/// readers look that far). Pure: the caller reads the head and the tail.</summary>
public static class TwoFormatFiles
{
    /// <summary>The bytes to read from the end: the ZIP end-of-directory record and its longest comment.</summary>
    public const int TailLength = 64 * 1024 + 22;

    private static readonly byte[] ZipEndOfDirectory = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    /// <param name="declared">The kind the file already proved to be (its head matched, or it is ASCII text).</param>
    public static bool IsTwoFormats(FileKind declared, ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail) => declared switch
    {
        // ASCII text cannot hold a ZIP record (its bytes are not ASCII), but a PDF reader opens text with a PDF inside.
        FileKind.Text => head.IndexOf(PdfHeader) >= 0,
        FileKind.Pdf => tail.IndexOf(ZipEndOfDirectory) >= 0,
        _ => tail.IndexOf(ZipEndOfDirectory) >= 0 || head.IndexOf(PdfHeader) >= 0,
    };
}
