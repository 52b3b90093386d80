using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class ContentSnifferTests
{
    public static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    public static readonly byte[] Gif87Head = "GIF87a\x01\0"u8.ToArray();
    public static readonly byte[] Gif89Head = "GIF89a\x01\0"u8.ToArray();
    public static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46];
    public static readonly byte[] TiffIntelHead = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0];
    public static readonly byte[] TiffMotorolaHead = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8];
    public static readonly byte[] BmpHead = [0x42, 0x4D, 0x36, 0x00, 0x0C, 0x00, 0, 0];

    public static TheoryData<byte[], FileKind> Signatures => new()
    {
        { PdfHead, FileKind.Pdf },
        { PngHead, FileKind.Png },
        { Gif87Head, FileKind.Gif },
        { Gif89Head, FileKind.Gif },
        { JpegHead, FileKind.Jpeg },
        { TiffIntelHead, FileKind.Tiff },
        { TiffMotorolaHead, FileKind.Tiff },
        { BmpHead, FileKind.Bmp },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Each_magic_number_is_recognised(byte[] head, FileKind kind)
    {
        Assert.Equal(kind, ContentSniffer.Detect(head));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })] // "%PDF" without the dash
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })] // PNG cut short
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x38, 0x61 })] // "GIF88a"
    [InlineData(new byte[] { 0xFF, 0xD8, 0x00 })]
    [InlineData(new byte[] { 0x49, 0x49, 0x2B, 0x00 })] // BigTIFF is not what Lighthouse takes
    [InlineData(new byte[] { 0x42 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })] // a zip (docx)
    public void Anything_else_is_no_known_kind(byte[] head)
    {
        Assert.Null(ContentSniffer.Detect(head));
    }

    [Fact]
    public void Only_bmp_has_a_signature_ordinary_text_can_start_with()
    {
        Assert.False(ContentSniffer.HasDistinctiveSignature("BMI results\n"u8));
        Assert.True(ContentSniffer.HasDistinctiveSignature(PngHead));
        Assert.True(ContentSniffer.HasDistinctiveSignature(PdfHead));
        Assert.False(ContentSniffer.HasDistinctiveSignature("hello"u8));
    }
}
