namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>What the shared fault handling needs from a simulator's own fault settings: each
/// simulator injects different faults, but all validate them and share the per-second limit.</summary>
public interface IFaultSettings
{
    /// <summary>Calls allowed per second; 0 = unlimited.</summary>
    int RateLimitPerSecond { get; }

    /// <summary>Why these settings are unusable, or null when they are fine.</summary>
    string? Problem();
}
