using System.Text.Json;
using DocumentUploads.ChampvaSim.Claims;
using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.ChampvaSim.Simulation;
using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Intake;

/// <summary><c>POST /intake</c>: validates the metadata, counts the document's bytes and
/// records the intake under a new id (202: processing happens later).</summary>
public static class IntakeEndpoint
{
    public const int MaxFileNameLength = 255;
    public const string MetadataPart = "metadata";
    public const string DocumentPart = "document";

    public static void MapIntakeEndpoint(this IEndpointRouteBuilder api) => api.MapPost("/intake", IntakeAsync);

    private static async Task<Results<Accepted<IntakeAccepted>, JsonHttpResult<ChampvaErrorBody>>> IntakeAsync(
        HttpContext context, IntakeStore intakes, FaultInjector<FaultSettings> faults, ChampvaSimOptions options, TimeProvider time)
    {
        var form = await MultipartUploadReader.ReadAsync(context, MetadataPart, DocumentPart, options.MaxFileBytes);
        if (form.Problem is { } unreadable) return ChampvaErrors.BadRequest(unreadable);
        if (form.FileTooLarge) return TooLarge(options);

        IntakeMetadata? metadata;
        try
        {
            metadata = form.JsonText is null ? null : JsonSerializer.Deserialize<IntakeMetadata>(form.JsonText, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            return ChampvaErrors.BadRequest($"The metadata part is not valid JSON (at {e.Path ?? "$"}).");
        }
        if (metadata is null) return ChampvaErrors.BadRequest("The 'metadata' part is required.");
        if (Problem(metadata, form) is { } problem) return ChampvaErrors.BadRequest(problem);
        // Like the real intake: a document for a claim CHAMPVA does not hold is refused, never filed somewhere.
        if (!ClaimOwnership.Exists(metadata.ClaimNumber!))
        {
            return ChampvaErrors.Create(StatusCodes.Status404NotFound, ChampvaErrors.NotFound,
                $"There is no CHAMPVA claim {metadata.ClaimNumber}; CHAMPVA claim numbers start with {ClaimOwnership.ClaimPrefix}.");
        }

        if (faults.Happens(faults.Settings.UploadFailureRate))
        {
            return ChampvaErrors.Create(StatusCodes.Status500InternalServerError, ChampvaErrors.InternalError,
                "The document could not be stored; try again later.");
        }

        var intake = new RecordedIntake(Guid.NewGuid(), metadata.ClaimNumber!, metadata.BeneficiaryId!, metadata.DocumentCategory!,
            metadata.OriginalFileName!, form.FileBytes!.Value, time.GetUtcNow(), MagicFileNames.OutcomeOf(metadata.OriginalFileName!));
        intakes.Add(intake);
        return TypedResults.Accepted((string?)null, new IntakeAccepted(intake.IntakeId.ToString(), intake.ReceivedAt));
    }

    private static string? Problem(IntakeMetadata metadata, MultipartUpload form)
    {
        if (string.IsNullOrWhiteSpace(metadata.ClaimNumber)) return "claimNumber is required.";
        if (string.IsNullOrWhiteSpace(metadata.BeneficiaryId)) return "beneficiaryId is required.";
        if (string.IsNullOrWhiteSpace(metadata.DocumentCategory)) return "documentCategory is required.";
        if (string.IsNullOrWhiteSpace(metadata.OriginalFileName)) return "originalFileName is required.";
        if (metadata.OriginalFileName.Length > MaxFileNameLength) return $"originalFileName must be at most {MaxFileNameLength} characters.";
        if (form.FileBytes is null) return "The 'document' part is required.";
        if (form.FileBytes == 0) return "The document is empty.";
        return null;
    }

    private static JsonHttpResult<ChampvaErrorBody> TooLarge(ChampvaSimOptions options) =>
        ChampvaErrors.Create(StatusCodes.Status413PayloadTooLarge, ChampvaErrors.PayloadTooLarge,
            $"The document is larger than the {options.MaxFileBytes} bytes allowed.");
}
