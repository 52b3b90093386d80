using System.Text.Json;
using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Faults;
using DocumentUploads.LighthouseSim.Simulation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary><c>POST /documents</c>: validates like Lighthouse, counts the file's bytes and records
/// the upload under a new request id.</summary>
public static class UploadEndpoint
{
    public const int MaxFileNameLength = 256;
    public const string PayloadFailure = "Failed to verify payload";

    // Room for the parameters part and the multipart framing on top of the largest file.
    private const long EnvelopeBytes = 1024 * 1024;

    public static void MapUploadEndpoint(this IEndpointRouteBuilder documents) => documents.MapPost("/documents", UploadAsync);

    private static async Task<Results<Ok<UploadResponse>, JsonHttpResult<LighthouseErrorBody>>> UploadAsync(
        HttpContext context, UploadStore uploads, FaultInjector faults, LighthouseSimOptions options, TimeProvider time)
    {
        // Kestrel's default 30 MB body limit is below Lighthouse's 150 MB file limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = options.MaxFileBytes + EnvelopeBytes;
        }

        UploadForm? form;
        try
        {
            form = await MultipartUploadReader.ReadAsync(context.Request, options.MaxFileBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return LighthouseErrors.BadRequest($"The multipart body is malformed: {e.Message}");
        }

        if (form is null) return LighthouseErrors.BadRequest("The request must be multipart/form-data with parts 'parameters' and 'file'.");
        if (form.FileTooLarge) return TooLarge(options);

        UploadParametersData? data;
        try
        {
            data = form.ParametersJson is null ? null
                : JsonSerializer.Deserialize<UploadParameters>(form.ParametersJson, JsonSerializerOptions.Web)?.Data;
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

    private static string? Problem(UploadParametersData data, UploadForm form)
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
