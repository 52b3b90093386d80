using DocumentUploads.UploadApi.Validation;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.UploadApi.Tests.Support;

/// <summary>Builds submissions and runs the validator the way the upload handler does.</summary>
public static class TestUploads
{
    /// <summary>The file as ASP.NET hands it over: every <c>OpenReadStream</c> of a form file is a view of one
    /// shared buffer, and two views read in turn fail, so a rule that did so fails here as it would in production.</summary>
    public static UploadSubmission Submission(string fileName, byte[] content, string? password = null,
        string documentType = "L023", string? trackedItemIds = null)
    {
        var file = new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(content, writable: false), 0, content.LongLength, "file", fileName);
        return Submission(fileName, content.LongLength, file.OpenReadStream, password, documentType, trackedItemIds);
    }

    public static UploadSubmission Submission(string fileName, SparseFile file, string? password = null) =>
        Submission(fileName, file.Length, file.Open, password);

    public static UploadSubmission Submission(string? fileName, long length, Func<Stream>? openFile, string? password = null,
        string? documentType = "L023", string? trackedItemIds = null) => new()
    {
        ClaimId = "600000001",
        ParticipantId = "600043201",
        FileName = fileName,
        FileLength = length,
        OpenFile = openFile,
        DocumentType = documentType,
        TrackedItemIds = trackedItemIds,
        Password = password,
    };

    public static Task<UploadValidation> ValidateAsync(UploadSubmission submission, ILogger? logger = null,
        UploadValidatorOptions? options = null) =>
        new UploadValidator(logger ?? NullLogger.Instance, options ?? SharedOptions).ValidateAsync(submission, CancellationToken.None);

    private static readonly UploadValidatorOptions SharedOptions = new()
    {
        UnlockedFileDirectory = Path.Combine(Path.GetTempPath(), "upload-api-tests"),
    };

    /// <summary>Unlocked copies go to a folder of the test's own, so it can check they are deleted.</summary>
    public static UploadValidatorOptions TempOptions() => SharedOptions with
    {
        UnlockedFileDirectory = Path.Combine(SharedOptions.UnlockedFileDirectory, Guid.NewGuid().ToString("N")),
    };

    public static async Task<byte[]> ReadContentAsync(ValidatedUpload upload)
    {
        await using var stream = await upload.OpenContentAsync(CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
