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

    /// <summary>Maps the routes over the settings type the simulator registered with
    /// <see cref="FaultInjectionRegistration.AddFaultInjection{TSettings}"/>.</summary>
    public static void MapFaultEndpoints<TSettings>(this IEndpointRouteBuilder app) where TSettings : class, IFaultSettings
    {
        app.MapGet(Route, (FaultInjector<TSettings> faults) => TypedResults.Ok(faults.Settings));
        app.MapPut(Route, ReplaceAsync<TSettings>);
    }

    private static async Task<IResult> ReplaceAsync<TSettings>(HttpRequest request, FaultInjector<TSettings> faults,
        IFaultSettingsResponses responses, ILogger<FaultInjector<TSettings>> logger) where TSettings : class, IFaultSettings
    {
        TSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<TSettings>(request.Body, JsonSerializerOptions.Web,
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
