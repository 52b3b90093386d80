using System.IO.Pipelines;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><see cref="ProviderRoutes.Upload"/>: reads the metadata part, then streams the file part
/// straight into the intake call (never buffered), so the metadata part must come first.
/// An upload is never retried: a second attempt could create a second intake.</summary>
public static class UploadEndpoint
{
    private const int MaxMetadataBytes = 64 * 1024;

    // Room for the metadata part and the multipart framing on top of the largest file.
    private const long EnvelopeBytes = 1024 * 1024;

    public static void MapUploadEndpoint(this IEndpointRouteBuilder app) => app.MapPost(ProviderRoutes.Upload, UploadAsync);

    private static async Task<Results<Ok<ProviderUploadResult>, JsonHttpResult<ProviderError>>> UploadAsync(
        HttpContext context, ChampvaClient champva, ChampvaSettings settings, ILogger<ChampvaClient> logger)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = settings.MaxUploadBytes + EnvelopeBytes;
        }
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return ProviderErrors.InvalidRequest("The request must be multipart/form-data with parts 'metadata' and 'file'.");
        }

        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body);
            var metadataSection = await reader.ReadNextSectionAsync(context.RequestAborted);
            if (PartName(metadataSection) != ProviderRoutes.MetadataPart)
            {
                return ProviderErrors.InvalidRequest("The first part must be 'metadata' (it has to precede 'file').");
            }
            var metadata = await ReadMetadataAsync(metadataSection!.Body, context.RequestAborted);
            if (Problem(metadata) is { } problem) return ProviderErrors.InvalidRequest(problem);

            var fileSection = await reader.ReadNextSectionAsync(context.RequestAborted);
            if (PartName(fileSection) != ProviderRoutes.FilePart) return ProviderErrors.InvalidRequest("The 'file' part is missing.");

            var file = PipeReader.Create(fileSection!.Body, new StreamPipeReaderOptions(leaveOpen: true));
            try
            {
                // An empty file is the caller's mistake, not a document the API rejected.
                if (await IsEmptyAsync(file, context.RequestAborted)) return ProviderErrors.InvalidRequest("The 'file' part is empty.");

                var intake = new ChampvaIntakeMetadata(metadata!.ClaimId, metadata.ParticipantId, metadata.DocumentType, metadata.FileName);
                var accepted = await champva.UploadAsync(intake, new CallerBodyStream(file.AsStream(leaveOpen: true), settings.MaxUploadBytes),
                    fileSection.ContentType, context.RequestAborted);
                logger.LogInformation("CHAMPVA intake {IntakeId} accepted a {DocumentType} document for claim {ClaimId}",
                    accepted.IntakeId, metadata.DocumentType, metadata.ClaimId);
                return TypedResults.Ok(new ProviderUploadResult(accepted.IntakeId!));
            }
            finally
            {
                await file.CompleteAsync();
            }
        }
        catch (JsonException e)
        {
            return ProviderErrors.InvalidRequest($"The metadata part is not valid JSON (at {e.Path ?? "$"}).");
        }
        catch (ChampvaUpstreamException e) when (FindCallerBodyFailure(e) is { } callerFailure)
        {
            return CallerBodyProblem(callerFailure);
        }
        catch (ChampvaUpstreamException e)
        {
            logger.LogWarning("CHAMPVA intake failed ({Failure}, upstream status {UpstreamStatus}): {Detail}",
                e.Failure, e.UpstreamStatus, e.Message);
            return ProviderErrors.FromUpstream(e, context.Response, StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException
            && !context.RequestAborted.IsCancellationRequested)
        {
            return CallerBodyProblem(e);
        }
    }

    private static string? PartName(MultipartSection? section) =>
        section is not null && ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
            : null;

    /// <summary>Peeks at the file part without consuming anything, so the upload still streams it from its first byte.</summary>
    private static async Task<bool> IsEmptyAsync(PipeReader file, CancellationToken cancellationToken)
    {
        var start = await file.ReadAsync(cancellationToken);
        file.AdvanceTo(start.Buffer.Start);
        return start.Buffer.IsEmpty && start.IsCompleted;
    }

    private static async Task<ProviderUploadMetadata?> ReadMetadataAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxMetadataBytes) throw new InvalidDataException("The metadata part is too large.");
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return JsonSerializer.Deserialize<ProviderUploadMetadata>(copy, JsonSerializerOptions.Web);
    }

    private static string? Problem(ProviderUploadMetadata? metadata)
    {
        if (metadata is null) return "The metadata part is empty.";
        if (string.IsNullOrWhiteSpace(metadata.ClaimId)) return "claimId is required.";
        if (string.IsNullOrWhiteSpace(metadata.ParticipantId)) return "participantId is required.";
        if (string.IsNullOrWhiteSpace(metadata.DocumentType)) return "documentType is required.";
        if (string.IsNullOrWhiteSpace(metadata.FileName)) return "fileName is required.";
        return null;
    }

    private static Exception? FindCallerBodyFailure(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is CallerBodyException) return e;
        }
        return null;
    }

    /// <summary>A failure reading the caller's own body is the caller's fault (400, or 413 when too
    /// large), even when it surfaced from inside the upstream call that was streaming it.</summary>
    private static JsonHttpResult<ProviderError> CallerBodyProblem(Exception exception)
    {
        var tooLarge = exception is CallerBodyException { TooLarge: true }
            or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
        return tooLarge
            ? TypedResults.Json(new ProviderError(ProviderError.InvalidRequest, exception.Message),
                statusCode: StatusCodes.Status413PayloadTooLarge)
            : ProviderErrors.InvalidRequest($"The multipart body could not be read: {exception.Message}");
    }
}
