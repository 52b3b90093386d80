namespace DocumentUploads.ServiceDefaults.Resilience;

/// <summary>Marks a request as safe to retry. GET, HEAD, PUT, DELETE and OPTIONS are safe by
/// default; a POST is retried only when its sender says so (a bulk status query, an upload
/// that carries an idempotency key), never by accident.</summary>
public static class RetryPolicy
{
    public static readonly HttpRequestOptionsKey<bool> SafeToRetry = new("DocumentUploads.SafeToRetry");

    public static HttpRequestMessage MarkSafeToRetry(this HttpRequestMessage request)
    {
        request.Options.Set(SafeToRetry, true);
        return request;
    }

    public static bool IsSafeToRetry(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(SafeToRetry, out var marked)) return marked;
        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Put
            || request.Method == HttpMethod.Delete || request.Method == HttpMethod.Options;
    }
}
