using DocumentUploads.ServiceDefaults.Resilience;
using System.Globalization;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderLighthouse.Json;
using DocumentUploads.ProviderLighthouse.Lighthouse;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ProviderLighthouse.Api;

/// <summary>The provider contract (see Contracts/Providers/ProviderRoutes), spoken for Lighthouse.</summary>
public static partial class ProviderApi
{
    public static IEndpointRouteBuilder MapProviderApi(this IEndpointRouteBuilder app)
    {
        var provider = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        provider.MapPost(ProviderRoutes.Upload, UploadAsync).DisableAntiforgery();
        provider.MapPost(ProviderRoutes.Statuses, StatusesAsync);
        provider.MapGet(ProviderRoutes.Describe, (IOptions<LighthouseSettings> settings) =>
            TypedResults.Ok(LighthouseStatusMapper.Describe(settings.Value)));
        provider.MapGet(ProviderRoutes.Ownership, OwnershipAsync);
        return app;
    }

    /// <summary>Reads the metadata part, checks the claim is the participant's (Lighthouse's claims API; a confirmed
    /// owner is remembered, see <see cref="UploadOwnershipCheck"/>), then streams the file part straight into the
    /// Lighthouse upload, never spooling it.</summary>
    public static async Task<IResult> UploadAsync(HttpContext context, LighthouseClient lighthouse, UploadOwnershipCheck ownership,
        IOptions<LighthouseSettings> settings, ILogger<LighthouseClient> logger, CancellationToken cancellationToken)
    {
        try
        {
            var (upload, problem) = await ProviderUploadRequestReader.ReadAsync(context.Request, cancellationToken);
            if (problem is not null) return ProviderErrors.Invalid(problem);
            await using (upload)
            {
                var metadata = upload!.Metadata;
                if (!long.TryParse(metadata.ClaimId, NumberStyles.None, CultureInfo.InvariantCulture, out var claimId))
                {
                    return ProviderErrors.Invalid("Lighthouse claim ids are numeric.");
                }
                if (await ownership.RefuseUnlessOwnedAsync(metadata, context.Request, async ct =>
                        new ProviderClaimOwnership(Known: true, Owned: await lighthouse.IsParticipantsClaimAsync(claimId, metadata.ParticipantId, ct)),
                        cancellationToken) is { } refusal)
                {
                    return TypedResults.Json(refusal, statusCode: UploadOwnershipCheck.RefusalStatus);
                }

                var parameters = new LighthouseUploadParameters(settings.Value.SystemName, metadata.DocumentType, claimId,
                    metadata.ParticipantId, metadata.FileName, metadata.TrackedItemIds);
                await using var file = new CallerBodyStream(upload.OpenFile(), LighthouseSettings.MaxFileBytes);
                var requestId = await lighthouse.UploadAsync(parameters, file, cancellationToken);
                LogUploaded(logger, requestId, metadata.DocumentType, file.BytesRead);
                return TypedResults.Ok(new ProviderUploadResult(requestId.ToString(CultureInfo.InvariantCulture)));
            }
        }
        catch (LighthouseException ex)
        {
            LogUploadRefused(logger, (int)ex.StatusCode, ex.Detail);
            return ProviderErrors.From(ex, context);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                                   && (CallerBodyException.Find(ex) is not null || ex is IOException or InvalidDataException or BadHttpRequestException))
        {
            // Reading our caller's body failed, possibly inside the upstream call that was streaming it: the caller's fault.
            return CallerBodyException.Answer(CallerBodyException.Find(ex) ?? ex);
        }
        catch (HttpRequestException ex)
        {
            LogUploadUnreachable(logger, ex.GetType().Name);
            return ProviderErrors.Unreachable(ex);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProviderErrors.TimedOut();
        }
    }

    /// <summary>Translates Lighthouse's answers straight into the report's JSON (<see cref="LighthouseStatusReportWriter"/>),
    /// which is sent once every chunk has been answered: a failed chunk is still an error answer, not half a report.</summary>
    public static async Task<IResult> StatusesAsync(ProviderStatusQuery query, HttpContext context, LighthouseClient lighthouse,
        IOptions<LighthouseSettings> settings, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (query.RequestIds is null) return ProviderErrors.Invalid("requestIds is required.");
        var numeric = new List<long>(query.RequestIds.Count);
        var unparseable = new List<string>();
        foreach (var id in query.RequestIds)
        {
            // Lighthouse request ids are integers; anything else cannot exist there.
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) numeric.Add(n);
            else unparseable.Add(id);
        }

        try
        {
            var output = new PooledBuffer();
            using var report = new LighthouseStatusReportWriter(output, PooledJsonResult.WriterOptions(json.Value.SerializerOptions));
            foreach (var chunk in numeric.Chunk(settings.Value.MaxIdsPerStatusRequest))
            {
                using var answer = await lighthouse.GetStatusAnswerAsync(chunk, cancellationToken);
                report.Add(answer.WrittenSpan);
            }
            report.Complete(unparseable);
            return new PooledJsonResult(output);
        }
        catch (LighthouseException ex)
        {
            return ProviderErrors.From(ex, context);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex))
        {
            return ProviderErrors.Unreachable(ex);
        }
    }

    /// <summary>VA claim ids are numeric: anything else is not Lighthouse's claim.</summary>
    public static async Task<IResult> OwnershipAsync(string claimId, string? participantId, HttpContext context,
        LighthouseClient lighthouse, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(participantId)) return ProviderErrors.Invalid("participantId is required.");
        if (!long.TryParse(claimId, NumberStyles.None, CultureInfo.InvariantCulture, out var numericClaimId))
        {
            return TypedResults.Ok(new ProviderClaimOwnership(Known: false, Owned: false));
        }
        try
        {
            var owned = await lighthouse.IsParticipantsClaimAsync(numericClaimId, participantId, cancellationToken);
            return TypedResults.Ok(new ProviderClaimOwnership(Known: true, Owned: owned));
        }
        catch (LighthouseException ex)
        {
            return ProviderErrors.From(ex, context);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex))
        {
            return ProviderErrors.Unreachable(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lighthouse accepted {DocumentType} upload as request {RequestId} ({Bytes} bytes)")]
    private static partial void LogUploaded(ILogger logger, long requestId, string documentType, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lighthouse refused an upload with {Status}: {Detail}")]
    private static partial void LogUploadRefused(ILogger logger, int status, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lighthouse could not be reached for an upload: {Reason}")]
    private static partial void LogUploadUnreachable(ILogger logger, string reason);
}
