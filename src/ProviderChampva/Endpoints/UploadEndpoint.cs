using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><see cref="ProviderRoutes.Upload"/>: reads the metadata part, checks the claim is the participant's, then
/// streams the file part straight into the intake call (never buffered), so the metadata part must come first.
/// An upload is never retried: a second attempt could create a second intake.</summary>
public static class UploadEndpoint
{
    // Room for the metadata part and the multipart framing on top of the largest file.
    private const long EnvelopeBytes = 1024 * 1024;

    public static void MapUploadEndpoint(this IEndpointRouteBuilder app) => app.MapPost(ProviderRoutes.Upload, UploadAsync);

    private static async Task<Results<Ok<ProviderUploadResult>, JsonHttpResult<ProviderError>>> UploadAsync(
        HttpContext context, ChampvaClient champva, ChampvaSettings settings, UploadOwnershipCheck ownership, ILogger<ChampvaClient> logger)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = settings.MaxUploadBytes + EnvelopeBytes;
        }
        try
        {
            var (upload, problem) = await ProviderUploadRequestReader.ReadAsync(context.Request, context.RequestAborted);
            if (problem is not null) return ProviderErrors.InvalidRequest(problem);
            await using (upload)
            {
                var metadata = upload!.Metadata;
                if (await ownership.RefuseUnlessOwnedAsync(metadata, context.Request,
                        ct => champva.GetClaimOwnershipAsync(metadata.ClaimId, metadata.ParticipantId, ct), context.RequestAborted) is { } refusal)
                {
                    return TypedResults.Json(refusal, statusCode: UploadOwnershipCheck.RefusalStatus);
                }
                var intake = new ChampvaIntakeMetadata(metadata.ClaimId, metadata.ParticipantId, metadata.DocumentType, metadata.FileName);
                var accepted = await champva.UploadAsync(intake, new CallerBodyStream(upload.OpenFile(), settings.MaxUploadBytes),
                    upload.FileContentType, context.RequestAborted);
                logger.LogInformation("CHAMPVA intake {IntakeId} accepted a {DocumentType} document for claim {ClaimId}",
                    accepted.IntakeId, metadata.DocumentType, metadata.ClaimId);
                return TypedResults.Ok(new ProviderUploadResult(accepted.IntakeId!));
            }
        }
        catch (ChampvaUpstreamException e) when (CallerBodyException.Find(e) is { } callerFailure)
        {
            return CallerBodyException.Answer(callerFailure);
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
            return CallerBodyException.Answer(e);
        }
    }
}
