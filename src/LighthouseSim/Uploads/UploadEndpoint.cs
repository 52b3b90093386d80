using System.Text.Json;
using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary><c>POST /documents</c>: validates like Lighthouse, counts the file's bytes and records
/// the upload under a new request id.</summary>
public static class UploadEndpoint
{
    public const int MaxFileNameLength = 256;
    public const string PayloadFailure = "Failed to verify payload";
    public const string ParametersPart = "parameters";
    public const string FilePart = "file";

    public static void MapUploadEndpoint(this IEndpointRouteBuilder documents) => documents.MapPost("/documents", UploadAsync);

    private static async Task<Results<Ok<UploadResponse>, JsonHttpResult<LighthouseErrorBody>>> UploadAsync(
        HttpContext context, UploadStore uploads, FaultInjector<FaultSettings> faults, LighthouseSimOptions options, TimeProvider time)
    {
        var form = await MultipartUploadReader.ReadAsync(context, ParametersPart, FilePart, options.MaxFileBytes);
        if (form.Problem is { } unreadable) return LighthouseErrors.BadRequest(unreadable);
        if (form.FileTooLarge) return TooLarge(options);

        UploadParametersData? data;
        try
        {
            data = form.JsonText is null ? null
                : JsonSerializer.Deserialize<UploadParameters>(form.JsonText, JsonSerializerOptions.Web)?.Data;
        }
        catch (JsonException e)
        {
            return LighthouseErrors.BadRequest($"The parameters part is invalid at {e.Path ?? "$"}.");
        }
        if (data is null) return LighthouseErrors.BadRequest("The 'parameters' part with a 'data' object is required.");
        if (Problem(data, form) is { } problem) return LighthouseErrors.BadRequest(problem);

        // Lighthouse fails this way after reading the whole payload; nothing is recorded.
        if (faults.Happens(faults.Settings.UploadFailureRate))
        {
            return LighthouseErrors.Create(StatusCodes.Status500InternalServerError, PayloadFailure);
        }

        var requestId = uploads.NextRequestId();
        uploads.Add(new RecordedUpload(requestId, data.SystemName!, data.DocType!, data.ClaimId!.Value, data.ParticipantIdText,
            data.FileName!, data.TrackedItemIds ?? [], form.FileBytes!.Value, time.GetUtcNow(),
            MagicFileNames.OutcomeOf(data.FileName!)));
        return TypedResults.Ok(new UploadResponse(new UploadResponseData(true, requestId)));
    }

    private static string? Problem(UploadParametersData data, MultipartUpload form)
    {
        if (data.ClaimId is null) return "claimId is required.";
        if (string.IsNullOrWhiteSpace(data.DocType)) return "docType is required.";
        if (string.IsNullOrWhiteSpace(data.FileName)) return "fileName is required.";
        if (string.IsNullOrWhiteSpace(data.SystemName)) return "systemName is required.";
        if (data.FileName.Length > MaxFileNameLength) return $"fileName must be at most {MaxFileNameLength} characters.";
        if (form.FileBytes is null) return "The 'file' part is required.";
        if (form.FileBytes == 0) return "The file is empty.";
        return null;
    }

    private static JsonHttpResult<LighthouseErrorBody> TooLarge(LighthouseSimOptions options) =>
        LighthouseErrors.Create(StatusCodes.Status413PayloadTooLarge,
            $"The file is larger than the {options.MaxFileBytes} bytes allowed.");
}
