using DocumentUploads.LighthouseSim.Errors;

namespace DocumentUploads.LighthouseSim.Auth;

/// <summary>The document endpoints need <c>Authorization: Bearer</c> with a live token from the token endpoint.</summary>
public sealed class BearerTokenFilter(AccessTokenStore tokens) : IEndpointFilter
{
    private const string Prefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && tokens.IsLive(header[Prefix.Length..].Trim()))
        {
            return await next(context);
        }
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return LighthouseErrors.Create(StatusCodes.Status401Unauthorized,
            header.Length == 0 ? "Authorization header is missing." : "The access token is invalid or has expired.");
    }
}
