using System.Security.Cryptography;
using System.Text;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Auth;

/// <summary>When the sidecar was given APP_API_TOKEN, every call it makes to the app carries it
/// in <c>dapr-api-token</c>; anything else reaching the app port is refused.</summary>
internal sealed class DaprAppTokenMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly byte[]? _expected = configuration["APP_API_TOKEN"] is { Length: > 0 } t ? Encoding.UTF8.GetBytes(t) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (_expected is null) return next(context);
        var presented = Encoding.UTF8.GetBytes(context.Request.Headers[DaprSidecar.ApiTokenHeader].ToString());
        if (CryptographicOperations.FixedTimeEquals(presented, _expected)) return next(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
