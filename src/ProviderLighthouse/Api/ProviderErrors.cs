using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderLighthouse.Lighthouse;

namespace DocumentUploads.ProviderLighthouse.Api;

/// <summary>Lighthouse's failures, translated into the provider contract's error answers.</summary>
internal static class ProviderErrors
{
    public static IResult From(LighthouseException ex, HttpContext context)
    {
        var upstream = (int)ex.StatusCode;
        switch (ex.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                if (ex.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                }
                return Error(503, ProviderError.UpstreamRateLimited, "Lighthouse is rate limiting requests.", upstream);
            case HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout:
                return Error(504, ProviderError.UpstreamTimeout, $"Lighthouse timed out: {ex.Detail}", upstream);
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                // Our credentials were refused: not the veteran's fault, and not fixable by them.
                return Error(502, ProviderError.UpstreamUnavailable, "Lighthouse refused our credentials.", upstream);
            case var code when (int)code >= 500:
                return Error(502, ProviderError.UpstreamUnavailable, $"Lighthouse failed: {ex.Detail}", upstream);
            default:
                return Error(422, ProviderError.UpstreamRejected, ex.Detail, upstream);
        }
    }

    public static IResult Unreachable(Exception ex) =>
        Error(502, ProviderError.UpstreamUnavailable, $"Lighthouse could not be reached ({ex.GetType().Name}).");

    public static IResult TimedOut() => Error(504, ProviderError.UpstreamTimeout, "Lighthouse did not answer in time.");

    public static IResult Invalid(string detail) => Error(400, ProviderError.InvalidRequest, detail);

    private static IResult Error(int status, string code, string detail, int? upstream = null) =>
        TypedResults.Json(new ProviderError(code, detail, upstream), statusCode: status);
}
