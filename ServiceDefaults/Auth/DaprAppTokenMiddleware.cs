using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Auth;

/// <summary>When the sidecar was given APP_API_TOKEN, every call it makes to the app carries it in
/// <c>dapr-api-token</c> (checked by Dapr.AspNetCore's handler); anything else reaching the app port is
/// refused, whatever the route, so a service with a sidecar is reachable only through it.</summary>
internal sealed class DaprAppTokenMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly bool _required = AuthenticationExtensions.AppApiToken(configuration) is not null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_required || (await context.AuthenticateAsync(AuthSchemes.DaprSidecar)).Succeeded)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }
}
