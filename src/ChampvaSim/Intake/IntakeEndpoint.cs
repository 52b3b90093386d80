using System.Text.Json;
using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.ChampvaSim.Faults;
using DocumentUploads.ChampvaSim.Simulation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Intake;

/// <summary><c>POST /intake</c>: validates the metadata, counts the document's bytes and
/// records the intake under a new id (202: processing happens later).</summary>
public static class IntakeEndpoint
{
    public const int MaxFileNameLength = 255;

    // Room for the metadata part and the multipart framing on top of the largest document.
    private const long EnvelopeBytes = 1024 * 1024;

    public static void MapIntakeEndpoint(this IEndpointRouteBuilder api) => api.MapPost("/intake", IntakeAsync);

    private static async Task<Results<Accepted<IntakeAccepted>, JsonHttpResult<ChampvaErrorBody>>> IntakeAsync(
        HttpContext context, IntakeStore intakes, FaultInjector faults, ChampvaSimOptions options, TimeProvider time)
    {
        // Kestrel's default 30 MB body limit is below the document limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = options.MaxFileBytes + EnvelopeBytes;
        }

        IntakeForm? form;
        try
        {
            form = await MultipartIntakeReader.ReadAsync(context.Request, options.MaxFileBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return ChampvaErrors.BadRequest($"The multipart body is malformed: {e.Message}");
        }

        if (form is null) return ChampvaErrors.BadRequest("The request must be multipart/form-data with parts 'metadata' and 'document'.");
        if (form.DocumentTooLarge) return TooLarge(options);

        IntakeMetadata? metadata;
        try
        {
            metadata = form.MetadataJson is null ? null : JsonSerializer.Deserialize<IntakeMetadata>(form.MetadataJson, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            return ChampvaErrors.BadRequest($"The metadata part is not valid JSON (at {e.Path ?? "$"}).");
        }
        if (metadata is null) return ChampvaErrors.BadRequest("The 'metadata' part is required.");
        if (Problem(metadata, form) is { } problem) return ChampvaErrors.BadRequest(problem);

        if (faults.Happens(faults.Settings.UploadFailureRate))
        {
            return ChampvaErrors.Create(StatusCodes.Status500InternalServerError, ChampvaErrors.InternalError,
                "The document could not be stored; try again later.");
        }

        var intake = new RecordedIntake(Guid.NewGuid(), metadata.ClaimNumber!, metadata.BeneficiaryId!, metadata.DocumentCategory!,
            metadata.OriginalFileName!, form.DocumentBytes!.Value, time.GetUtcNow(), MagicFileNames.OutcomeOf(metadata.OriginalFileName!));
        intakes.Add(intake);
        return TypedResults.Accepted((string?)null, new IntakeAccepted(intake.IntakeId.ToString(), intake.ReceivedAt));
    }

    private static string? Problem(IntakeMetadata metadata, IntakeForm form)
    {
        if (string.IsNullOrWhiteSpace(metadata.ClaimNumber)) return "claimNumber is required.";
        if (string.IsNullOrWhiteSpace(metadata.BeneficiaryId)) return "beneficiaryId is required.";
        if (string.IsNullOrWhiteSpace(metadata.DocumentCategory)) return "documentCategory is required.";
        if (string.IsNullOrWhiteSpace(metadata.OriginalFileName)) return "originalFileName is required.";
        if (metadata.OriginalFileName.Length > MaxFileNameLength) return $"originalFileName must be at most {MaxFileNameLength} characters.";
        if (form.DocumentBytes is null) return "The 'document' part is required.";
        if (form.DocumentBytes == 0) return "The document is empty.";
        return null;
    }

    private static JsonHttpResult<ChampvaErrorBody> TooLarge(ChampvaSimOptions options) =>
        ChampvaErrors.Create(StatusCodes.Status413PayloadTooLarge, ChampvaErrors.PayloadTooLarge,
            $"The document is larger than the {options.MaxFileBytes} bytes allowed.");
}
