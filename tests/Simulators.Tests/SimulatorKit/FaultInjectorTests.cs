using DocumentUploads.SimulatorKit.Faults;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Rates_of_0_and_1_are_decided_without_the_random_source()
    {
        var faults = Injector(new FaultSettings(), new RandomThatMustNotBeUsed());

        Assert.False(faults.Happens(0));
        Assert.True(faults.Happens(1));
    }

    [Fact]
    public void The_same_seed_gives_the_same_faults()
    {
        var first = Injector(new FaultSettings(), new Random(42));
        var second = Injector(new FaultSettings(), new Random(42));

        var a = Enumerable.Range(0, 50).Select(_ => first.Happens(0.5)).ToList();
        var b = Enumerable.Range(0, 50).Select(_ => second.Happens(0.5)).ToList();

        Assert.Equal(a, b);
        Assert.Contains(true, a);
        Assert.Contains(false, a);
    }

    [Fact]
    public void Without_a_rate_limit_every_call_passes()
    {
        var faults = Injector(new FaultSettings { RateLimitPerSecond = 0 }, new Random(1));

        for (var i = 0; i < 100; i++) Assert.True(faults.TryPassRateLimit(out _));
    }

    [Fact]
    public void Replaced_settings_apply_to_the_next_call()
    {
        var faults = Injector(new FaultSettings(), new Random(1));

        faults.Replace(new FaultSettings { RateLimitPerSecond = 1 });

        Assert.True(faults.TryPassRateLimit(out _));
        Assert.False(faults.TryPassRateLimit(out _));
    }

    private static FaultInjector<FaultSettings> Injector(FaultSettings settings, Random random) =>
        new(settings, random, new RequestRateLimiter(new ManualClock(DateTimeOffset.UnixEpoch)));
}
