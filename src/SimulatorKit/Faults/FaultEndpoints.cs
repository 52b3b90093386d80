using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.SimulatorKit.Faults;

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

    private static async Task<IResult> ReplaceAsync(
        HttpRequest request, FaultInjector faults, IFaultResponses responses, ILogger<FaultInjector> logger)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, JsonSerializerOptions.Web,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return responses.InvalidSettings($"The fault settings are not valid JSON: {e.Message}");
        }
        if (settings is null) return responses.InvalidSettings("The fault settings are missing.");
        if (settings.Problem() is { } problem) return responses.InvalidSettings(problem);

        faults.Replace(settings);
        logger.LogWarning("Fault settings replaced: {Faults}", settings);
        return TypedResults.Ok(settings);
    }
}
