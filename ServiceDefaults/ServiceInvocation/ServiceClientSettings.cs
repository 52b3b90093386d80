using Refit;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>The Refit settings of every client of our own services.</summary>
public static class ServiceClientSettings
{
    /// <summary>Transport failures surface as themselves (HttpRequestException, the resilience handler's
    /// BrokenCircuitException and TimeoutRejectedException, a time-out's TaskCanceledException), not wrapped in
    /// Refit's ApiRequestException: callers turn exactly those into "unavailable" (ServiceCallFailures).</summary>
    public static RefitSettings Create() => new() { TransportExceptionFactory = (_, exception, _) => exception };
}
