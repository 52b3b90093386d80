using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class FileNameRulesTests
{
    [Theory]
    [InlineData("statement.pdf", "statement.pdf", "pdf")]
    [InlineData("  statement.pdf  ", "statement.pdf", "pdf")]
    [InlineData("my scan.2024.pdf", "my scan2024.pdf", "pdf")]
    [InlineData("a.b.c.JPG", "abc.JPG", "JPG")]
    [InlineData("Dr. Smith letter.txt", "Dr Smith letter.txt", "txt")]
    [InlineData("notes", "notes", "")]
    [InlineData("ends-with-dot.", "ends-with-dot.", "")]
    [InlineData("naïve résumé.pdf", "naïve résumé.pdf", "pdf")]
    public void A_name_keeps_only_its_last_dot_and_the_extension_is_what_follows_it(string name, string sent, string extension)
    {
        var outcome = FileNameRules.Check(name);

        Assert.Null(outcome.Rejection);
        Assert.Equal(new SanitizedFileName(sent, extension), outcome.Value);
    }

    [Fact]
    public void A_name_of_255_characters_passes_and_256_does_not()
    {
        var longest = new string('a', 251) + ".pdf";
        Assert.Equal(255, longest.Length);
        Assert.Null(FileNameRules.Check(longest).Rejection);

        var tooLong = new string('a', 252) + ".pdf";
        Assert.Same(UploadRejections.FileNameTooLong, FileNameRules.Check(tooLong).Rejection);
    }

    [Theory]
    [InlineData("folder/statement.pdf")]
    [InlineData("/etc/passwd.txt")]
    [InlineData("folder\\statement.pdf")]
    [InlineData("C:\\Users\\vet\\statement.pdf")]
    [InlineData("..")]
    [InlineData("..pdf")]
    [InlineData("statement..pdf")]
    [InlineData("C:statement.pdf")]
    [InlineData("z:statement.pdf")]
    [InlineData("state\0ment.pdf")]
    [InlineData("state\nment.pdf")]
    [InlineData("state\u007Fment.pdf")]
    [InlineData("report\u202Efdp.exe")]
    public void A_name_with_path_parts_or_control_characters_is_refused(string name)
    {
        var rejection = FileNameRules.Check(name).Rejection;

        Assert.Same(UploadRejections.FileNameHasPathParts, rejection);
        Assert.Equal(ApiErrors.FileNameInvalid, rejection!.Code);
        Assert.Equal(400, rejection.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".pdf")]
    [InlineData(" .pdf")]
    public void A_name_with_nothing_before_the_extension_is_refused(string? name)
    {
        Assert.Same(UploadRejections.FileNameMissing, FileNameRules.Check(name).Rejection);
    }

    [Fact]
    public void A_colon_after_the_start_is_not_a_drive_letter()
    {
        Assert.Null(FileNameRules.Check("scan 10:30.pdf").Rejection);
    }
}
