using System.Globalization;
using System.Text.Json;
using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.SimulatorKit.Faults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary>Bulk and single status queries. Each id is one dictionary lookup, so a full
/// request of 1000 ids is answered in a few milliseconds whatever the number of uploads.</summary>
public static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder documents)
    {
        documents.MapPost("/uploads/status", QueryAsync).AddEndpointFilter<StatusFaultFilter>();
        documents.MapGet("/uploads/{requestId}/status", GetOne).AddEndpointFilter<StatusFaultFilter>();
    }

    private static async Task<Results<Ok<StatusResponse>, JsonHttpResult<LighthouseErrorBody>>> QueryAsync(
        HttpRequest request, UploadStore uploads, LighthouseSimOptions options, TimeProvider time)
    {
        StatusRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<StatusRequest>(request.Body, JsonSerializerOptions.Web,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return LighthouseErrors.BadRequest($"The request body is invalid at {e.Path ?? "$"}: requestIds must be a list of numbers.");
        }
        if (body?.Data?.RequestIds is not { Count: > 0 } ids)
        {
            return LighthouseErrors.BadRequest("data.requestIds is required and must not be empty.");
        }
        if (ids.Count > options.MaxIdsPerStatusRequest)
        {
            return LighthouseErrors.BadRequest(
                $"data.requestIds has {ids.Count} ids; at most {options.MaxIdsPerStatusRequest} are allowed per request.");
        }

        var now = time.GetUtcNow();
        var statuses = new List<DocumentStatus>(ids.Count);
        var notFound = new List<long>();
        var seen = new HashSet<long>(ids.Count);
        foreach (var id in ids)
        {
            if (!seen.Add(id)) continue;
            var upload = uploads.Find(id);
            if (upload is not null && UploadProgress.IsOmitted(upload)) continue; // silently left out, as a real API might
            if (upload is not null && UploadProgress.StatusAt(upload, now, options.StepDuration) is { } status)
            {
                statuses.Add(status);
                if (UploadProgress.ExtraStatus(upload) is { } extra) statuses.Add(extra);
            }
            else
            {
                notFound.Add(id);
            }
        }
        return TypedResults.Ok(new StatusResponse(new StatusData(statuses, notFound)));
    }

    private static Results<Ok<StatusResponse>, JsonHttpResult<LighthouseErrorBody>> GetOne(
        string requestId, UploadStore uploads, LighthouseSimOptions options, TimeProvider time)
    {
        if (!long.TryParse(requestId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return LighthouseErrors.BadRequest("requestId must be a number.");
        }
        var upload = uploads.Find(id);
        if (upload is not null && UploadProgress.IsOmitted(upload))
        {
            return TypedResults.Ok(new StatusResponse(new StatusData([], []))); // an answer that says nothing
        }
        if (upload is null || UploadProgress.StatusAt(upload, time.GetUtcNow(), options.StepDuration) is not { } status)
        {
            return LighthouseErrors.NotFound($"No upload with request id {id} was found.");
        }
        return TypedResults.Ok(new StatusResponse(new StatusData(
            UploadProgress.ExtraStatus(upload) is { } extra ? [status, extra] : [status], [])));
    }
}
