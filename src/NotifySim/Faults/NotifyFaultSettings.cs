using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.NotifySim.Faults;

/// <summary>The failure modes notify-sim injects into sends. Read from <c>NotifySim:Faults</c> at
/// start-up and replaced as a whole by <c>PUT /_sim/faults</c> (a missing field means 0).</summary>
public sealed record NotifyFaultSettings : IFaultSettings
{
    /// <summary>Fraction of sends answered 500 before anything is recorded.</summary>
    public double FailureRate { get; init; }

    /// <summary>Delay before every send is answered.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Sends allowed per second; 0 = unlimited.</summary>
    public int RateLimitPerSecond { get; init; }

    public string? Problem()
    {
        if (FailureRate is not (>= 0 and <= 1)) return "failureRate must be between 0 and 1.";
        if (LatencyMs < 0) return "latencyMs must not be negative.";
        if (RateLimitPerSecond < 0) return "rateLimitPerSecond must not be negative.";
        return null;
    }
}
