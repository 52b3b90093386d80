using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DocumentUploads.ServiceDefaults.Resilience;

/// <summary>Configuration section <c>HttpResilience</c>: our numbers for the standard resilience handler
/// every HttpClient gets. Defaults suit calls between our own services on one host or cluster.</summary>
public sealed class HttpResilienceSettings
{
    public const string SectionName = "HttpResilience";

    /// <summary>Upper bound for a whole call, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Upper bound for one attempt (an upload's only attempt streams the whole document).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential, jittered back-off between retries.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest Retry-After we are willing to wait inside one call.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 20;

    /// <summary>At least twice <see cref="AttemptTimeout"/> (the standard handler checks this).</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(40);

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    public void ApplyTo(HttpStandardResilienceOptions options)
    {
        options.TotalRequestTimeout.Timeout = TotalTimeout;
        options.AttemptTimeout.Timeout = AttemptTimeout;
        options.Retry.MaxRetryAttempts = MaxRetryAttempts;
        options.Retry.Delay = RetryBaseDelay;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome) && MaySendAgain(args.Context.GetRequestMessage()));
        var maxRetryAfter = MaxRetryAfter;
        options.Retry.DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, maxRetryAfter));
        options.CircuitBreaker.FailureRatio = BreakerFailureRatio;
        options.CircuitBreaker.MinimumThroughput = BreakerMinimumThroughput;
        options.CircuitBreaker.SamplingDuration = BreakerSamplingDuration;
        options.CircuitBreaker.BreakDuration = BreakerBreakDuration;
    }

    /// <summary>Uploads are never sent twice: a document travels as multipart/form-data (to a provider service,
    /// to Lighthouse, to CHAMPVA), none of those APIs deduplicates it, and an attempt that failed may still have
    /// filed it. Every other call between our services and to the providers is a read or names its own effect
    /// (a registration's fixed id, a reservation's document id), so sending it again is safe.</summary>
    public static bool MaySendAgain(HttpRequestMessage? request) =>
        request?.Content?.Headers.ContentType is not MediaTypeHeaderValue { MediaType: "multipart/form-data" };

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeSpan max)
    {
        var retryAfter = outcome.Result?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (delay is null) return null; // the exponential back-off
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }
}
