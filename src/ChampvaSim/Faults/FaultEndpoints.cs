using System.Text.Json;
using DocumentUploads.ChampvaSim.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Faults;

/// <summary><c>GET/PUT /_sim/faults</c>: read or replace the fault settings at runtime (no auth: a
/// loopback-only development tool).</summary>
public static class FaultEndpoints
{
    public const string Route = "/_sim/faults";

    public static void MapFaultEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (FaultInjector faults) => TypedResults.Ok(faults.Settings));
        app.MapPut(Route, ReplaceAsync);
    }

    private static async Task<Results<Ok<FaultSettings>, JsonHttpResult<ChampvaErrorBody>>> ReplaceAsync(
        HttpRequest request, FaultInjector faults, ILogger<FaultInjector> logger)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, JsonSerializerOptions.Web,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return ChampvaErrors.BadRequest($"The fault settings are not valid JSON: {e.Message}");
        }
        if (settings is null) return ChampvaErrors.BadRequest("The fault settings are missing.");
        if (settings.Problem() is { } problem) return ChampvaErrors.BadRequest(problem);

        faults.Replace(settings);
        logger.LogWarning("Fault settings replaced: {Faults}", settings);
        return TypedResults.Ok(settings);
    }
}
