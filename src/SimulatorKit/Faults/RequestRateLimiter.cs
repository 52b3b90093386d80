namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Counts calls in fixed one-second windows of the <see cref="TimeProvider"/> clock.</summary>
public sealed class RequestRateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _windowSecond = long.MinValue;
    private int _count;

    /// <summary>True when this call is within <paramref name="perSecond"/>; otherwise
    /// <paramref name="retryAfter"/> says when the next window opens.</summary>
    public bool TryAcquire(int perSecond, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        lock (_gate)
        {
            if (second != _windowSecond)
            {
                _windowSecond = second;
                _count = 0;
            }
            _count++;
            if (_count <= perSecond)
            {
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
        retryAfter = DateTimeOffset.FromUnixTimeSeconds(second + 1) - now;
        return false;
    }
}
