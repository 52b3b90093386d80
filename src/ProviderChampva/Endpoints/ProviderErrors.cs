using System.Globalization;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary>Turns upstream failures into the provider contract's error answers.</summary>
public static class ProviderErrors
{
    public static JsonHttpResult<ProviderError> InvalidRequest(string detail) =>
        TypedResults.Json(new ProviderError(ProviderError.InvalidRequest, detail), statusCode: StatusCodes.Status400BadRequest);

    /// <param name="rejectedStatus">What a 4xx from upstream becomes: 422 for an upload (the
    /// document was refused), 502 for a read (our request should never be refused).</param>
    public static JsonHttpResult<ProviderError> FromUpstream(ChampvaUpstreamException failure, HttpResponse response, int rejectedStatus)
    {
        var (status, code) = failure.Failure switch
        {
            UpstreamFailure.Rejected => (rejectedStatus, ProviderError.UpstreamRejected),
            UpstreamFailure.Timeout => (StatusCodes.Status504GatewayTimeout, ProviderError.UpstreamTimeout),
            UpstreamFailure.RateLimited => (StatusCodes.Status503ServiceUnavailable, ProviderError.UpstreamRateLimited),
            UpstreamFailure.Malformed => (StatusCodes.Status502BadGateway, ProviderError.UpstreamMalformed),
            _ => (StatusCodes.Status502BadGateway, ProviderError.UpstreamUnavailable),
        };
        if (failure.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return TypedResults.Json(new ProviderError(code, failure.Message, failure.UpstreamStatus), statusCode: status);
    }
}
