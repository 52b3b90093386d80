using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.SimulatorKit.Auth;

namespace DocumentUploads.ChampvaSim.Auth;

/// <summary>Every <c>/api</c> call must carry the configured static key in <c>x-api-key</c>.</summary>
public sealed class ApiKeyFilter(ChampvaSimOptions options) : IEndpointFilter
{
    public const string HeaderName = "x-api-key";

    private readonly StaticKey _key = new(options.ApiKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (_key.Matches(presented)) return await next(context);
        return ChampvaErrors.Create(StatusCodes.Status401Unauthorized, ChampvaErrors.Unauthorized,
            presented.Length == 0 ? "The x-api-key header is missing." : "The API key is not valid.");
    }
}
