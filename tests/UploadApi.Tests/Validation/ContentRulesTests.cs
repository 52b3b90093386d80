using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class ContentRulesTests
{
    private static readonly Dictionary<FileKind, byte[]> HeadOf = new()
    {
        [FileKind.Pdf] = ContentSnifferTests.PdfHead,
        [FileKind.Png] = ContentSnifferTests.PngHead,
        [FileKind.Gif] = ContentSnifferTests.Gif89Head,
        [FileKind.Jpeg] = ContentSnifferTests.JpegHead,
        [FileKind.Tiff] = ContentSnifferTests.TiffIntelHead,
        [FileKind.Bmp] = ContentSnifferTests.BmpHead,
    };

    [Fact]
    public void Each_binary_kind_passes_with_its_own_signature_and_no_other()
    {
        foreach (var (declared, head) in HeadOf)
        {
            Assert.Null(ContentRules.CheckHead(declared, head));
            foreach (var (other, otherHead) in HeadOf.Where(h => h.Key != declared))
            {
                var rejection = ContentRules.CheckHead(declared, otherHead);
                Assert.Equal(ApiErrors.FileContentMismatch, rejection?.Code);
                Assert.Equal(400, rejection!.Status);
                Assert.Contains(AllowedFileTypes.DisplayName(declared), rejection.Detail);
            }
        }
    }

    [Theory]
    [InlineData(FileKind.Png)]
    [InlineData(FileKind.Gif)]
    [InlineData(FileKind.Jpeg)]
    [InlineData(FileKind.Tiff)]
    [InlineData(FileKind.Bmp)]
    public void An_image_of_plain_text_is_a_mismatch(FileKind declared)
    {
        Assert.Equal(ApiErrors.FileContentMismatch, ContentRules.CheckHead(declared, "just some words"u8)?.Code);
    }

    [Fact]
    public void A_pdf_without_its_header_is_malformed_unless_it_is_another_known_kind()
    {
        Assert.Same(UploadRejections.PdfMalformed, ContentRules.CheckHead(FileKind.Pdf, "just some words"u8));
        Assert.Same(UploadRejections.PdfMalformed, ContentRules.CheckHead(FileKind.Pdf, []));
        Assert.Equal(ApiErrors.FileContentMismatch, ContentRules.CheckHead(FileKind.Pdf, ContentSnifferTests.JpegHead)?.Code);
    }

    [Fact]
    public void Text_is_judged_on_every_byte_not_its_head()
    {
        Assert.Null(ContentRules.CheckHead(FileKind.Text, ContentSnifferTests.PngHead));
        Assert.Null(ContentRules.CheckText("hello"u8, allBytesAscii: true));
        Assert.Same(UploadRejections.TextNotAscii, ContentRules.CheckText("caf\u00e9"u8, allBytesAscii: false));
        Assert.Same(UploadRejections.TextNotAscii, ContentRules.CheckText("BMI \u2013 2024"u8, allBytesAscii: false));
        Assert.Equal(ApiErrors.FileContentMismatch, ContentRules.CheckText(ContentSnifferTests.PngHead, allBytesAscii: false)?.Code);
    }
}
