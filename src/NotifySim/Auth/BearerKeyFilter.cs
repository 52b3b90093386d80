using System.Security.Cryptography;
using System.Text;
using DocumentUploads.NotifySim.Errors;

namespace DocumentUploads.NotifySim.Auth;

/// <summary>Every <c>/v2</c> call must carry the configured static key as <c>Authorization: Bearer</c>;
/// compared in fixed time so the answer's timing does not leak how much of a guess was right.</summary>
public sealed class BearerKeyFilter(NotifySimOptions options) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(options.ApiKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return NotifyErrors.Create(StatusCodes.Status401Unauthorized, NotifyErrors.AuthError,
                "Unauthorized, authentication bearer token must be provided");
        }
        var presented = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        if (CryptographicOperations.FixedTimeEquals(presented, _expected)) return await next(context);
        return NotifyErrors.Create(StatusCodes.Status401Unauthorized, NotifyErrors.AuthError, "Invalid token: API key not found");
    }
}
