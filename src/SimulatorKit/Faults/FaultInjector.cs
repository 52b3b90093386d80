namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Holds a simulator's current fault settings and decides, call by call, whether a fault
/// happens. The random source is passed in so a configured seed makes runs repeatable; rates of 0
/// and 1 never consult it.</summary>
public sealed class FaultInjector<TSettings>(TSettings initial, Random random, RequestRateLimiter rateLimiter)
    where TSettings : class, IFaultSettings
{
    private readonly Lock _randomGate = new();
    private TSettings _settings = initial;

    public TSettings Settings => Volatile.Read(ref _settings);

    public void Replace(TSettings settings) => Volatile.Write(ref _settings, settings);

    public bool Happens(double rate)
    {
        if (rate <= 0) return false;
        if (rate >= 1) return true;
        lock (_randomGate) return random.NextDouble() < rate;
    }

    /// <summary>False when the configured per-second limit is used up.</summary>
    public bool TryPassRateLimit(out TimeSpan retryAfter)
    {
        var limit = Settings.RateLimitPerSecond;
        if (limit <= 0)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        return rateLimiter.TryAcquire(limit, out retryAfter);
    }
}
