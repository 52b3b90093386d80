using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class AllowedFileTypesTests
{
    [Theory]
    [InlineData("pdf", FileKind.Pdf)]
    [InlineData("PDF", FileKind.Pdf)]
    [InlineData("gif", FileKind.Gif)]
    [InlineData("png", FileKind.Png)]
    [InlineData("tiff", FileKind.Tiff)]
    [InlineData("TIF", FileKind.Tiff)]
    [InlineData("jpeg", FileKind.Jpeg)]
    [InlineData("Jpg", FileKind.Jpeg)]
    [InlineData("bmp", FileKind.Bmp)]
    [InlineData("txt", FileKind.Text)]
    public void Every_allowed_extension_names_its_kind_whatever_its_case(string extension, FileKind kind)
    {
        Assert.Equal(kind, AllowedFileTypes.KindOf(extension));
    }

    [Theory]
    [InlineData("")]
    [InlineData("exe")]
    [InlineData("docx")]
    [InlineData("heic")]
    [InlineData("pdf ")]
    [InlineData("jfif")]
    public void Other_extensions_are_not_allowed(string extension)
    {
        Assert.Null(AllowedFileTypes.KindOf(extension));
    }

    [Fact]
    public void Exactly_the_nine_extensions_of_the_current_system_are_allowed()
    {
        Assert.Equal(["bmp", "gif", "jpeg", "jpg", "pdf", "png", "tif", "tiff", "txt"], AllowedFileTypes.Extensions.Order());
    }

    [Fact]
    public void Every_kind_has_a_name_a_veteran_knows()
    {
        foreach (var kind in Enum.GetValues<FileKind>()) Assert.NotEmpty(AllowedFileTypes.DisplayName(kind));
    }
}
