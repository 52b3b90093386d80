using System.Text.Json;
using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.ChampvaSim.Simulation;
using DocumentUploads.SimulatorKit.Faults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Statuses;

/// <summary><c>POST /intake/status:batch</c>: one dictionary lookup per id. Ids that are not
/// GUIDs, or that name no intake, come back in <c>unknownIntakeIds</c> as they were sent.</summary>
public static class StatusBatchEndpoint
{
    public static void MapStatusBatchEndpoint(this IEndpointRouteBuilder api) =>
        api.MapPost("/intake/status:batch", QueryAsync).AddEndpointFilter<StatusFaultFilter>();

    private static async Task<Results<Ok<StatusBatchResponse>, JsonHttpResult<ChampvaErrorBody>>> QueryAsync(
        HttpRequest request, IntakeStore intakes, ChampvaSimOptions options, TimeProvider time)
    {
        StatusBatchRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<StatusBatchRequest>(request.Body, JsonSerializerOptions.Web,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return ChampvaErrors.BadRequest($"The request body is not valid (at {e.Path ?? "$"}): intakeIds must be a list of strings.");
        }
        if (body?.IntakeIds is not { Count: > 0 } ids) return ChampvaErrors.BadRequest("intakeIds is required and must not be empty.");
        if (ids.Count > options.MaxIdsPerBatch)
        {
            return ChampvaErrors.BadRequest($"intakeIds has {ids.Count} ids; at most {options.MaxIdsPerBatch} are allowed per batch.");
        }

        var now = time.GetUtcNow();
        var results = new List<IntakeStatusResult>(ids.Count);
        var unknown = new List<string>();
        var seen = new HashSet<string>(ids.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (id is null || !seen.Add(id)) continue;
            if (Guid.TryParse(id, out var intakeId) && intakes.Find(intakeId) is { } intake
                && IntakeProgress.StatusAt(intake, now, options.StepDuration) is { } status)
            {
                results.Add(status);
            }
            else
            {
                unknown.Add(id);
            }
        }
        return TypedResults.Ok(new StatusBatchResponse(results, unknown));
    }
}
