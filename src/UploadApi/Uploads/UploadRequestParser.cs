using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Validation;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Reads the multipart form of an upload and runs every upload rule on it (<see cref="UploadValidator"/>).
/// Each failure is one API error with a stable code; nothing is sent anywhere until every rule passes.</summary>
public static class UploadRequestParser
{
    public static async Task<(ValidatedUpload? Upload, IResult? Error)> ParseAsync(string claimId, string participantId,
        IFormCollection form, ILogger logger, CancellationToken cancellationToken)
    {
        var file = form.Files["file"];
        var submission = new UploadSubmission
        {
            ClaimId = claimId,
            ParticipantId = participantId,
            FileName = file?.FileName,
            FileLength = file?.Length,
            OpenFile = file is null ? null : file.OpenReadStream,
            DocumentType = form["document_type"].ToString(),
            TrackedItemIds = form["tracked_item_ids"].ToString(),
            Password = form["password"].ToString(),
        };
        var validation = await new UploadValidator(logger).ValidateAsync(submission, cancellationToken);
        return validation.Rejection is { } rejection
            ? (null, ApiErrors.Create(rejection.Status, rejection.Code, rejection.Title, rejection.Detail))
            : (validation.Upload, null);
    }
}
