namespace DocumentUploads.UploadApi.Validation;

/// <summary>Recognises a file's kind from its first bytes (its "magic number"), so a file cannot pass as
/// another type just by its name. Text has no magic number: it is recognised by <see cref="AsciiText"/>.</summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs at most.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] TiffLittleEndian = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBigEndian = [0x4D, 0x4D, 0x00, 0x2A];
    private static readonly byte[] Bmp = "BM"u8.ToArray();

    /// <summary>The kind whose magic bytes <paramref name="head"/> starts with, or null for none
    /// (never <see cref="FileKind.Text"/>).</summary>
    public static FileKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Pdf)) return FileKind.Pdf;
        if (head.StartsWith(Png)) return FileKind.Png;
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return FileKind.Gif;
        if (head.StartsWith(Jpeg)) return FileKind.Jpeg;
        if (head.StartsWith(TiffLittleEndian) || head.StartsWith(TiffBigEndian)) return FileKind.Tiff;
        if (head.StartsWith(Bmp)) return FileKind.Bmp;
        return null;
    }

    /// <summary>Whether <paramref name="head"/> starts with a magic number too distinctive to be the start of
    /// ordinary text: every one but BMP's, which is just the letters "BM".</summary>
    public static bool HasDistinctiveSignature(ReadOnlySpan<byte> head) => Detect(head) is { } kind && kind != FileKind.Bmp;
}
