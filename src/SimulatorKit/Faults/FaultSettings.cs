namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>The failure modes a simulator injects. Read from <c>{Simulator}:Faults</c> at start-up
/// and replaced as a whole by <c>PUT /_sim/faults</c> (a missing field means 0).</summary>
public sealed record FaultSettings : IFaultSettings
{
    /// <summary>Fraction of uploads answered 500 (nothing recorded).</summary>
    public double UploadFailureRate { get; init; }

    /// <summary>Fraction of status calls answered 500.</summary>
    public double StatusFailureRate { get; init; }

    /// <summary>Delay before every status call is answered.</summary>
    public int StatusLatencyMs { get; init; }

    /// <summary>Upload and status calls allowed per second; 0 = unlimited.</summary>
    public int RateLimitPerSecond { get; init; }

    /// <summary>Fraction of status calls answered 200 with a body that is not valid JSON.</summary>
    public double MalformedStatusRate { get; init; }

    /// <summary>Why these settings are unusable, or null when they are fine.</summary>
    public string? Problem()
    {
        if (!IsRate(UploadFailureRate)) return "uploadFailureRate must be between 0 and 1.";
        if (!IsRate(StatusFailureRate)) return "statusFailureRate must be between 0 and 1.";
        if (!IsRate(MalformedStatusRate)) return "malformedStatusRate must be between 0 and 1.";
        if (StatusLatencyMs < 0) return "statusLatencyMs must not be negative.";
        if (RateLimitPerSecond < 0) return "rateLimitPerSecond must not be negative.";
        return null;
    }

    private static bool IsRate(double value) => value is >= 0 and <= 1;
}
