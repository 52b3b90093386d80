using System.Net;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Lighthouse answered with an error status; <see cref="Detail"/> is its own message
/// when it gave one.</summary>
public sealed class LighthouseException(HttpStatusCode statusCode, string detail, TimeSpan? retryAfter = null)
    : Exception($"Lighthouse answered {(int)statusCode}: {detail}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string Detail { get; } = detail;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
