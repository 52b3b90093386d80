using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class RequestRateLimiterTests
{
    [Fact]
    public void Past_the_limit_a_call_waits_for_the_next_whole_second()
    {
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddMilliseconds(250));
        var limiter = new RequestRateLimiter(clock);

        Assert.True(limiter.TryAcquire(2, out _));
        Assert.True(limiter.TryAcquire(2, out _));
        Assert.False(limiter.TryAcquire(2, out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(750), retryAfter);

        clock.Advance(TimeSpan.FromMilliseconds(750));
        Assert.True(limiter.TryAcquire(2, out var none));
        Assert.Equal(TimeSpan.Zero, none);
    }
}
