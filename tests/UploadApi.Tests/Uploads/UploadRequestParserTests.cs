using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;
using DocumentUploads.UploadApi.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace DocumentUploads.UploadApi.Tests.Uploads;

/// <summary>The form edge: multipart fields in, one API error or a validated upload out.</summary>
public class UploadRequestParserTests
{
    private static FormCollection Form(byte[]? file, string fileName = "statement.pdf", string? documentType = "L023",
        string? trackedItemIds = null, string? password = null)
    {
        var fields = new Dictionary<string, StringValues>();
        if (documentType is not null) fields["document_type"] = documentType;
        if (trackedItemIds is not null) fields["tracked_item_ids"] = trackedItemIds;
        if (password is not null) fields["password"] = password;
        var files = new FormFileCollection();
        if (file is not null) files.Add(new FormFile(new MemoryStream(file), 0, file.Length, "file", fileName));
        return new FormCollection(fields, files);
    }

    private static Task<(ValidatedUpload? Upload, IResult? Error)> ParseAsync(FormCollection form) =>
        UploadRequestParser.ParseAsync("600000001", "600043201", form, NullLogger.Instance, CancellationToken.None);

    private static ApiError SingleError(IResult? result)
    {
        var json = Assert.IsType<JsonHttpResult<ApiErrorBody>>(result);
        var error = Assert.Single(json.Value!.Errors);
        Assert.Equal(json.StatusCode?.ToString(), error.Status);
        return error;
    }

    [Fact]
    public async Task A_form_without_a_file_answers_FILE_MISSING()
    {
        var (upload, error) = await ParseAsync(Form(file: null));

        Assert.Null(upload);
        Assert.Equal((ApiErrors.FileMissing, "400"), (SingleError(error).Code, SingleError(error).Status));
    }

    [Theory]
    [InlineData("virus.exe", ApiErrors.FileTypeNotAllowed, "415")]
    [InlineData("../statement.pdf", ApiErrors.FileNameInvalid, "400")]
    [InlineData("statement.png", ApiErrors.FileContentMismatch, "400")]
    public async Task Each_refusal_is_one_error_with_its_code_status_and_sentence(string fileName, string code, string status)
    {
        var (_, error) = await ParseAsync(Form(TestPdfs.Plain(), fileName));

        var apiError = SingleError(error);
        Assert.Equal((code, status), (apiError.Code, apiError.Status));
        Assert.EndsWith(".", apiError.Detail);
    }

    [Fact]
    public async Task A_locked_pdf_and_its_password_come_from_the_form()
    {
        const string password = "form-password";
        var locked = TestPdfs.Locked(password);

        var (_, wrong) = await ParseAsync(Form(locked, password: "nope"));
        var (upload, error) = await ParseAsync(Form(locked, password: password, trackedItemIds: "[1, 2]"));

        Assert.Equal(ApiErrors.PdfIncorrectPassword, SingleError(wrong).Code);
        Assert.Null(error);
        await using (upload)
        {
            Assert.True(upload!.WasUnlocked);
            Assert.Equal([1L, 2L], upload.TrackedItemIds);
        }
    }
}
