using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Hosting;

/// <summary>When the sidecar was given APP_API_TOKEN, every call it makes to the app carries it in
/// <c>dapr-api-token</c> (checked by Dapr.AspNetCore's handler); anything else reaching the app port is
/// refused, whatever the route, so a service with a sidecar is reachable only through it.</summary>
internal sealed class DaprAppTokenMiddleware(RequestDelegate next, IConfiguration configuration)
{
    /// <summary>Dapr.AspNetCore's authentication scheme for the app token.</summary>
    public const string Scheme = "Dapr";

    private readonly bool _required = AppApiToken(configuration) is not null;

    /// <summary>The token our sidecar presents on its calls to this app, when it was given one.</summary>
    public static string? AppApiToken(IConfiguration configuration) =>
        configuration["APP_API_TOKEN"] is { Length: > 0 } token ? token : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_required || (await context.AuthenticateAsync(Scheme)).Succeeded)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }
}
