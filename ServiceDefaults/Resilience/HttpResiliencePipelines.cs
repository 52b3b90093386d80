using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace DocumentUploads.ServiceDefaults.Resilience;

/// <summary>The standard pipeline for outgoing HTTP: total timeout, retry (transient failures
/// of retry-safe requests only, exponential back-off with jitter, honouring Retry-After),
/// circuit breaker, per-attempt timeout.</summary>
public static class HttpResiliencePipelines
{
    internal static readonly ResiliencePropertyKey<bool> SafeToRetryKey = new("DocumentUploads.SafeToRetry");

    public static ResiliencePipeline<HttpResponseMessage> Create(string name, HttpResilienceSettings settings,
        TimeProvider timeProvider, ILogger logger)
    {
        return new ResiliencePipelineBuilder<HttpResponseMessage> { Name = name, TimeProvider = timeProvider }
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(SafeToRetryKey, false) && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, settings.MaxRetryAfter)),
                OnRetry = args =>
                {
                    logger.LogWarning("Retrying {Client} call (attempt {Attempt}) after {Delay}: {Reason}", name,
                        args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnOpened = args =>
                {
                    logger.LogError("Circuit to {Client} opened for {BreakDuration}: {Reason}", name,
                        args.BreakDuration, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    /// <summary>Failures worth another try: connection errors, attempt time-outs, and the failing answers.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsFailingStatus(response.StatusCode),
        _ => false,
    };

    /// <summary>Answers that say the other side failed rather than refused: 408, 429 and 5xx.</summary>
    public static bool IsFailingStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeSpan max)
    {
        var retryAfter = outcome.Result?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (delay is null) return null; // use the exponential back-off
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.GetType().Name ?? $"HTTP {(int?)outcome.Result?.StatusCode}";
}
