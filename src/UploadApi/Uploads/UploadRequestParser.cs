using System.Text.Json;
using DocumentUploads.UploadApi.Api;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Checks the multipart fields of an upload. Each failure names one rule with a stable
/// code; nothing is sent anywhere until every rule passes.</summary>
public static class UploadRequestParser
{
    public static (UploadRequest? Request, IResult? Error) Parse(string claimId, string participantId, IFormCollection form)
    {
        var file = form.Files["file"];
        if (file is null) return Fail(ApiErrors.FileMissing, "Choose a file to upload.");
        if (file.Length == 0) return Fail(ApiErrors.FileEmpty, "The file you chose is empty. Choose a file that has content.");

        var fileName = Path.GetFileName(file.FileName ?? "");
        if (string.IsNullOrWhiteSpace(fileName) || fileName != file.FileName || fileName.Length > UploadLimits.MaxFileNameLength)
        {
            return Fail(ApiErrors.FileNameInvalid,
                $"The file name must be a plain name of at most {UploadLimits.MaxFileNameLength} characters.");
        }

        var documentType = form["document_type"].ToString();
        if (!DocumentTypes.All.ContainsKey(documentType))
        {
            return Fail(ApiErrors.InvalidDocumentType, "Choose a document type from the list.");
        }

        IReadOnlyList<long> trackedItemIds = [];
        var trackedRaw = form["tracked_item_ids"].ToString();
        if (!string.IsNullOrWhiteSpace(trackedRaw))
        {
            try
            {
                trackedItemIds = JsonSerializer.Deserialize<long[]>(trackedRaw) ?? [];
            }
            catch (JsonException)
            {
                return Fail(ApiErrors.InvalidTrackedItemIds, "tracked_item_ids must be a JSON array of whole numbers.");
            }
        }

        return (new UploadRequest(claimId, participantId, documentType, fileName, trackedItemIds, file), null);
    }

    private static (UploadRequest?, IResult?) Fail(string code, string detail) => (null, ApiErrors.BadRequest(code, detail));
}
