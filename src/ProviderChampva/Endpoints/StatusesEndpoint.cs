using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Mapping;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><see cref="ProviderRoutes.Statuses"/>: asks the intake API in batches of at most
/// <see cref="ChampvaSettings.MaxIdsPerStatusRequest"/> ids and reports in the provider contract's vocabulary. Any
/// failed batch fails the whole query: a partial answer would look like "not mentioned" for the rest.</summary>
public static class StatusesEndpoint
{
    public static void MapStatusesEndpoint(this IEndpointRouteBuilder app) => app.MapPost(ProviderRoutes.Statuses, QueryAsync);

    private static async Task<Results<Ok<ProviderStatusReport>, JsonHttpResult<ProviderError>>> QueryAsync(
        HttpContext context, ChampvaClient champva, ChampvaSettings settings, ILogger<ChampvaClient> logger)
    {
        ProviderStatusQuery? query;
        try
        {
            query = await JsonSerializer.DeserializeAsync<ProviderStatusQuery>(context.Request.Body, JsonSerializerOptions.Web,
                context.RequestAborted);
        }
        catch (JsonException e)
        {
            return ProviderErrors.InvalidRequest($"The query is not valid JSON (at {e.Path ?? "$"}).");
        }
        if (query?.RequestIds is null) return ProviderErrors.InvalidRequest("requestIds is required.");

        // Intake ids are GUIDs: match case-insensitively but answer with the caller's spelling.
        var requested = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in query.RequestIds)
        {
            if (!string.IsNullOrWhiteSpace(id)) requested.TryAdd(id, id);
        }

        var statuses = new List<ProviderDocumentStatus>(requested.Count);
        var notFound = new List<string>();
        try
        {
            foreach (var batch in requested.Keys.Chunk(settings.MaxIdsPerStatusRequest))
            {
                var answer = await champva.GetStatusesAsync(batch, context.RequestAborted);
                var asked = new HashSet<string>(batch, StringComparer.OrdinalIgnoreCase);
                foreach (var result in answer.Results ?? [])
                {
                    if (result.IntakeId is null || !asked.Contains(result.IntakeId) || !requested.TryGetValue(result.IntakeId, out var requestId))
                    {
                        logger.LogWarning("Ignoring a status for intake {IntakeId}, which was not asked for", result.IntakeId);
                        continue;
                    }
                    if (!ChampvaStatusMapping.IsKnownState(result.State))
                    {
                        logger.LogWarning("Intake {IntakeId} has unknown state {State}; reporting it as in progress", requestId, result.State);
                    }
                    statuses.Add(ChampvaStatusMapping.ToProviderStatus(requestId, result));
                }
                foreach (var unknown in answer.UnknownIntakeIds ?? [])
                {
                    if (asked.Contains(unknown) && requested.TryGetValue(unknown, out var requestId)) notFound.Add(requestId);
                }
            }
        }
        catch (ChampvaUpstreamException e)
        {
            logger.LogWarning("CHAMPVA status query failed ({Failure}, upstream status {UpstreamStatus}): {Detail}",
                e.Failure, e.UpstreamStatus, e.Message);
            return ProviderErrors.FromUpstream(e, context.Response, StatusCodes.Status502BadGateway);
        }
        return TypedResults.Ok(new ProviderStatusReport(statuses, notFound));
    }
}
