using DocumentUploads.NotifySim.Errors;
using DocumentUploads.SimulatorKit.Auth;

namespace DocumentUploads.NotifySim.Auth;

/// <summary>Every <c>/v2</c> call must carry the configured static key as <c>Authorization: Bearer</c>.</summary>
public sealed class BearerKeyFilter(NotifySimOptions options) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    private readonly StaticKey _key = new(options.ApiKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return NotifyErrors.Create(StatusCodes.Status401Unauthorized, NotifyErrors.AuthError,
                "Unauthorized, authentication bearer token must be provided");
        }
        if (_key.Matches(header[Scheme.Length..].Trim())) return await next(context);
        return NotifyErrors.Create(StatusCodes.Status401Unauthorized, NotifyErrors.AuthError, "Invalid token: API key not found");
    }
}
