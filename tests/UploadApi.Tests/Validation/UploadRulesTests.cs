using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Uploads;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Tests.Validation;

public class UploadRulesTests
{
    private const long Mb = 1024 * 1024;

    private static UploadRejection? Rejection(string? fileName = "statement.pdf", long? length = 1000, string? documentType = "L023",
        string? trackedItemIds = null) =>
        UploadRules.Check(new UploadFields(fileName, length, documentType, trackedItemIds)).Rejection;

    [Fact]
    public void A_complete_upload_passes_with_the_sanitized_name_and_parsed_fields()
    {
        var outcome = UploadRules.Check(new UploadFields("scan.v2.PDF", 1000, "L023", "[1234, 5678]"));

        Assert.Null(outcome.Rejection);
        Assert.Equal("scanv2.PDF", outcome.Value!.FileName);
        Assert.Equal(FileKind.Pdf, outcome.Value.Kind);
        Assert.Equal("L023", outcome.Value.DocumentType);
        Assert.Equal([1234L, 5678L], outcome.Value.TrackedItemIds);
    }

    [Theory]
    [InlineData(null, ApiErrors.FileMissing, 400)]
    [InlineData(0L, ApiErrors.FileEmpty, 400)]
    public void No_file_or_an_empty_file_is_refused(long? length, string code, int status)
    {
        var rejection = Rejection(length: length);

        Assert.Equal(code, rejection?.Code);
        Assert.Equal(status, rejection!.Status);
    }

    [Theory]
    [InlineData("statement.exe")]
    [InlineData("statement.docx")]
    [InlineData("statement")]
    [InlineData("statement.pdf.exe")]
    [InlineData("statement.")]
    public void An_extension_that_is_not_allowed_is_refused_with_415(string fileName)
    {
        var rejection = Rejection(fileName);

        Assert.Equal(ApiErrors.FileTypeNotAllowed, rejection?.Code);
        Assert.Equal(415, rejection!.Status);
    }

    [Fact]
    public void The_extension_after_the_last_dot_decides_so_a_disguised_name_passes_on_its_real_extension()
    {
        Assert.Null(Rejection("statement.exe.pdf"));
    }

    [Theory]
    [InlineData("statement.pdf", 150 * Mb, null)]
    [InlineData("statement.pdf", 150 * Mb + 1, ApiErrors.FileTooLarge)]
    [InlineData("photo.png", 50 * Mb, null)]
    [InlineData("photo.png", 50 * Mb + 1, ApiErrors.FileTooLarge)]
    [InlineData("photo.JPG", 50 * Mb + 1, ApiErrors.FileTooLarge)]
    [InlineData("notes.txt", 50 * Mb + 1, ApiErrors.FileTooLarge)]
    [InlineData("scan.tiff", 100 * Mb, ApiErrors.FileTooLarge)]
    public void Pdfs_may_be_150_MB_and_other_files_50_MB(string fileName, long length, string? code)
    {
        var rejection = Rejection(fileName, length);

        Assert.Equal(code, rejection?.Code);
        if (rejection is not null) Assert.Equal(413, rejection.Status);
    }

    [Fact]
    public void The_size_sentence_names_the_limit_that_applies()
    {
        Assert.Contains("150 MB", Rejection("a.pdf", 151 * Mb)!.Detail);
        Assert.Contains("50 MB", Rejection("a.png", 51 * Mb)!.Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("L999")]
    [InlineData("l023")]
    public void An_unknown_document_type_is_refused(string? documentType)
    {
        Assert.Equal(ApiErrors.InvalidDocumentType, Rejection(documentType: documentType)?.Code);
    }

    [Fact]
    public void Every_document_type_of_the_current_system_passes()
    {
        foreach (var type in DocumentTypes.All.Keys) Assert.Null(Rejection(documentType: type));
    }

    [Fact]
    public void Tracked_item_ids_that_are_not_an_array_of_whole_numbers_are_refused()
    {
        Assert.Equal(ApiErrors.InvalidTrackedItemIds, Rejection(trackedItemIds: "[\"a\"]")?.Code);
    }

    [Fact]
    public void File_rules_come_before_the_other_fields_so_the_first_problem_is_the_one_reported()
    {
        Assert.Equal(ApiErrors.FileMissing, Rejection(length: null, documentType: "bogus")?.Code);
        Assert.Equal(ApiErrors.FileNameInvalid, Rejection("a/b.exe", documentType: "bogus")?.Code);
        Assert.Equal(ApiErrors.FileTypeNotAllowed, Rejection("a.exe", 200 * Mb)?.Code);
        Assert.Equal(ApiErrors.FileTooLarge, Rejection("a.pdf", 200 * Mb, "bogus")?.Code);
        Assert.Equal(ApiErrors.InvalidDocumentType, Rejection(documentType: "bogus", trackedItemIds: "x")?.Code);
    }

    [Fact]
    public void Every_rejection_has_a_sentence_and_a_4xx_status()
    {
        UploadRejection[] all =
        [
            UploadRejections.FileMissing, UploadRejections.FileEmpty, UploadRejections.FileNameMissing,
            UploadRejections.FileNameTooLong, UploadRejections.FileNameHasPathParts, UploadRejections.FileTypeNotAllowed,
            UploadRejections.TextNotAscii, UploadRejections.PdfMalformed, UploadRejections.PdfEncrypted,
            UploadRejections.PdfIncorrectPassword, UploadRejections.InvalidDocumentType, UploadRejections.InvalidTrackedItemIds,
            .. Enum.GetValues<FileKind>().Select(UploadRejections.FileContentMismatch),
            .. Enum.GetValues<FileKind>().Select(UploadRejections.FileTooLarge),
        ];
        foreach (var rejection in all)
        {
            Assert.InRange(rejection.Status, 400, 499);
            Assert.Matches("^[A-Z_]+$", rejection.Code);
            Assert.EndsWith(".", rejection.Detail);
            Assert.NotEmpty(rejection.Title);
        }
    }
}
