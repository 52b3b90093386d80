using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.ServiceDefaults.Resilience;

/// <summary>How a call through the standard pipeline fails when the other side cannot be reached:
/// the connection failed, the circuit is open, or an attempt timed out. Callers turn these into
/// their own "unavailable" answer; anything else is a bug and should surface.</summary>
public static class ServiceCallFailures
{
    public static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException or BrokenCircuitException or TimeoutRejectedException;
}
