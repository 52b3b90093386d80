namespace DocumentUploads.UploadApi.Validation;

/// <summary>Whether a file's bytes are what its extension says. Pure: the caller reads the bytes.</summary>
public static class ContentRules
{
    /// <summary>Checks the first bytes against the declared kind. A text file passes here: whether it is
    /// ASCII needs every byte (<see cref="CheckText"/>). A ".pdf" without the "%PDF-" header that is not
    /// some other recognisable format is a damaged PDF rather than a mislabelled file.</summary>
    public static UploadRejection? CheckHead(FileKind declared, ReadOnlySpan<byte> head)
    {
        if (declared == FileKind.Text) return null;
        var detected = ContentSniffer.Detect(head);
        if (detected == declared) return null;
        return declared == FileKind.Pdf && detected is null
            ? UploadRejections.PdfMalformed
            : UploadRejections.FileContentMismatch(declared);
    }

    /// <summary>The verdict on a ".txt" once every byte was scanned: a recognisable binary format named .txt
    /// is mislabelled; anything else with a non-ASCII byte is text we can't accept.</summary>
    public static UploadRejection? CheckText(ReadOnlySpan<byte> head, bool allBytesAscii)
    {
        if (allBytesAscii) return null;
        return ContentSniffer.HasDistinctiveSignature(head)
            ? UploadRejections.FileContentMismatch(FileKind.Text)
            : UploadRejections.TextNotAscii;
    }
}
